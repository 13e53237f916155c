package io.autogen.diff;

import io.autogen.model.Names;
import java.util.Objects;

/**
 * A column the schema loses next to one it gains with a compatible definition (or a table it loses next to one
 * with the same columns): likely a rename, which drop + add would turn into lost values. {@code table} is the
 * table the column is in (null for a table rename).
 */
public record RenameCandidate(String table, String from, String to) {
    public RenameCandidate {
        Objects.requireNonNull(from);
        Objects.requireNonNull(to);
    }

    public static RenameCandidate column(String table, String from, String to) {
        return new RenameCandidate(Objects.requireNonNull(table), from, to);
    }

    public static RenameCandidate table(String from, String to) {
        return new RenameCandidate(null, from, to);
    }

    public boolean isTable() {
        return table == null;
    }

    /** {@code users.name -> users.full_name}, {@code table app_user -> member}. */
    public String describe() {
        return isTable() ? "table " + from + " -> " + to : table + "." + from + " -> " + table + "." + to;
    }

    /** The command-line flag that decides this candidate as a rename. */
    public String flag() {
        return isTable() ? "--rename-table " + from + "=" + to : "--rename " + table + "." + from + "=" + to;
    }

    /** True when this candidate and {@code other} name the same column (or table) on either side. */
    public boolean overlaps(RenameCandidate other) {
        if (isTable() != other.isTable()) {
            return false;
        }
        boolean sameTable = isTable() || Names.key(table).equals(Names.key(other.table));
        return sameTable && (Names.key(from).equals(Names.key(other.from))
                || Names.key(to).equals(Names.key(other.to)));
    }
}
