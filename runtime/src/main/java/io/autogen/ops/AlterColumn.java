package io.autogen.ops;

import io.autogen.model.Column;
import java.util.Objects;

/**
 * Changes a column's type, nullability, default, comment or identity: {@code from} is what it is, {@code to} what it
 * becomes. {@code online}: a change to NOT NULL made without blocking writers where the database can (PostgreSQL:
 * through a validated check), outside a transaction. The flag is kept on any nullability change, so that
 * {@code reverse().reverse()} is the operation; only setting NOT NULL has an online form ({@link #appliesOnline()}),
 * dropping NOT NULL needs no scan and runs as usual.
 */
public record AlterColumn(String table, Column from, Column to, boolean online) implements Operation {
    public AlterColumn {
        Objects.requireNonNull(table);
        Objects.requireNonNull(from);
        Objects.requireNonNull(to);
        online = online && from.nullable() != to.nullable(); // without a nullability change it means nothing
    }

    public AlterColumn(String table, Column from, Column to) {
        this(table, from, to, false);
    }

    @Override public Operation reverse() { return new AlterColumn(table, to, from, online); }
    @Override public boolean outsideTransaction() { return appliesOnline(); }

    /** Whether this runs in the online form: {@code online} asked for, and it sets NOT NULL. */
    public boolean appliesOnline() { return online && from.nullable() && !to.nullable(); }

    /**
     * Equal when they do the same thing: the flag counts where it applies. A migration's downgrade makes the column
     * nullable again and is written without {@code .online()} (it has no online form), yet replays to this
     * operation's reverse, which carries the flag for its own reverse.
     */
    @Override public boolean equals(Object o) {
        return o instanceof AlterColumn a && table.equals(a.table) && from.equals(a.from) && to.equals(a.to)
                && appliesOnline() == a.appliesOnline();
    }

    @Override public int hashCode() { return Objects.hash(table, from, to, appliesOnline()); }
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
