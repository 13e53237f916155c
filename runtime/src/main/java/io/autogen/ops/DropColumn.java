package io.autogen.ops;

import io.autogen.model.Column;
import java.util.Objects;

/** Drops a column; carries its definition so that the downgrade can re-add it. */
public record DropColumn(String table, Column column) implements Operation {
    public DropColumn { Objects.requireNonNull(table); Objects.requireNonNull(column); }
    @Override public Operation reverse() { return new AddColumn(table, column); }
    @Override public <R> R accept(OperationVisitor<R> v) { return v.dropColumn(this); }
    @Override public String dataLoss() {
        return "drops column " + table + "." + column.name() + " and its values";
    }
}
