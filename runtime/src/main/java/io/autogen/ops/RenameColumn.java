package io.autogen.ops;

import java.util.Objects;

/**
 * Renames a column, keeping its values. Keys, indexes, checks and foreign keys that name the column follow it,
 * as they do in PostgreSQL and in SQLite (3.25+). Its inverse renames it back.
 */
public record RenameColumn(String table, String from, String to) implements Operation {
    public RenameColumn {
        Objects.requireNonNull(table);
        Objects.requireNonNull(from);
        Objects.requireNonNull(to);
    }

    @Override public Operation reverse() { return new RenameColumn(table, to, from); }
    @Override public <R> R accept(OperationVisitor<R> v) { return v.renameColumn(this); }
}
