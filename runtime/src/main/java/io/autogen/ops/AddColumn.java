package io.autogen.ops;

import io.autogen.model.Column;
import java.util.Objects;

/** Adds a column to an existing table. */
public record AddColumn(String table, Column column) implements Operation {
    public AddColumn { Objects.requireNonNull(table); Objects.requireNonNull(column); }
    @Override public Operation reverse() { return new DropColumn(table, column); }
    @Override public <R> R accept(OperationVisitor<R> v) { return v.addColumn(this); }
}
