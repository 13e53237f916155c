package io.autogen.ops;

import io.autogen.model.Column;
import java.util.Objects;

/**
 * Changes a column's type, nullability, default, comment or identity: {@code from} is what it is, {@code to} what it
 * becomes. {@code online}: a change to NOT NULL made without blocking writers where the database can (PostgreSQL:
 * through a validated check), outside a transaction.
 */
public record AlterColumn(String table, Column from, Column to, boolean online) implements Operation {
    public AlterColumn {
        Objects.requireNonNull(table);
        Objects.requireNonNull(from);
        Objects.requireNonNull(to);
        online = online && from.nullable() && !to.nullable(); // only setting NOT NULL has an online form
    }

    public AlterColumn(String table, Column from, Column to) {
        this(table, from, to, false);
    }

    @Override public Operation reverse() { return new AlterColumn(table, to, from); } // dropping NOT NULL needs no scan
    @Override public boolean outsideTransaction() { return online; }
    @Override public <R> R accept(OperationVisitor<R> v) { return v.alterColumn(this); }

    @Override public String dataLoss() {
        return TypeWidth.narrows(from.type(), to.type())
                ? "narrows " + table + "." + from.name() + " from " + from.type() + " to " + to.type()
                + ": values that do not fit are cut or make the migration fail"
                : null;
    }

    public boolean typeChanged() { return !from.type().equalsIgnoreCase(to.type()); }
    public boolean nullableChanged() { return from.nullable() != to.nullable(); }
    public boolean defaultChanged() { return !Objects.equals(from.defaultValue(), to.defaultValue()); }
    public boolean commentChanged() { return !Objects.equals(from.comment(), to.comment()); }
    public boolean identityChanged() { return from.identity() != to.identity(); }
}
