package io.autogen.ops;

import io.autogen.model.Constraint;
import java.util.Objects;

/** Drops a key, check or index; carries its definition so that the downgrade can re-add it. */
public record DropConstraint(String table, Constraint constraint) implements Operation {
    public DropConstraint { Objects.requireNonNull(table); Objects.requireNonNull(constraint); }
    @Override public Operation reverse() { return new AddConstraint(table, constraint); }
    @Override public <R> R accept(OperationVisitor<R> v) { return v.dropConstraint(this); }
}
