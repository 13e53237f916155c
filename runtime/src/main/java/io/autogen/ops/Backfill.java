package io.autogen.ops;

import io.autogen.model.Names;
import java.util.Objects;

/**
 * Fills the NULLs of a column with an SQL expression ({@code update t set c = expr where c is null}): the middle
 * step of adding a NOT NULL column to a table with rows (add it nullable, backfill, set NOT NULL). autogen writes
 * it with {@code expression} null, for the reviewer to fill in; a database (or an SQL script) refuses to run it
 * until then, while the model, which it does not change, replays it. {@code undo} is its inverse, which does
 * nothing: the values stay until the downgrade drops the column or its NOT NULL.
 */
public record Backfill(String table, String column, String expression, boolean undo) implements Operation {
    public Backfill {
        Objects.requireNonNull(table);
        Objects.requireNonNull(column);
        expression = expression == null || expression.isBlank() ? null : expression;
    }

    public Backfill(String table, String column, String expression) {
        this(table, column, expression, false);
    }

    @Override public Operation reverse() { return new Backfill(table, column, expression, !undo); }
    @Override public <R> R accept(OperationVisitor<R> v) { return v.backfill(this); }

    /** True when one of {@code ops} fills {@code table.column} (its undo does not count). */
    public static boolean fills(java.util.List<Operation> ops, String table, String column) {
        return ops.stream().anyMatch(o -> o instanceof Backfill b && !b.undo()
                && Names.key(b.table()).equals(Names.key(table))
                && Names.key(b.column()).equals(Names.key(column)));
    }

    /** The message a database run gives while the expression is not filled in. */
    public String unfilled() {
        return "fill in the backfill of " + table + "." + column + " before applying: replace null in op.backfill(\""
                + table + "\", \"" + column + "\", null) with an SQL expression for the rows that hold NULL";
    }
}
