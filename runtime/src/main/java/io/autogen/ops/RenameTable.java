package io.autogen.ops;

import java.util.Objects;

/**
 * Renames a table, keeping its rows, keys and indexes; foreign keys of other tables that reference it follow it.
 * Its inverse renames it back.
 */
public record RenameTable(String from, String to) implements Operation {
    public RenameTable {
        Objects.requireNonNull(from);
        Objects.requireNonNull(to);
    }

    @Override public Operation reverse() { return new RenameTable(to, from); }
    @Override public <R> R accept(OperationVisitor<R> v) { return v.renameTable(this); }

    /** The table as it is named before the operation. */
    @Override public String table() { return from; }
}
