package io.autogen.ops;

import io.autogen.model.Constraint;
import java.util.Objects;

/** Adds a primary key, unique key, foreign key, check or index to an existing table. */
public record AddConstraint(String table, Constraint constraint) implements Operation {
    public AddConstraint { Objects.requireNonNull(table); Objects.requireNonNull(constraint); }
    @Override public Operation reverse() { return new DropConstraint(table, constraint); }
    @Override public <R> R accept(OperationVisitor<R> v) { return v.addConstraint(this); }
}
