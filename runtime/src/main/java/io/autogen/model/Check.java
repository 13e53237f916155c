package io.autogen.model;

import java.util.Objects;

/** A check constraint, compared by its (normalised) expression. */
public record Check(String name, String expression) implements Constraint, java.io.Serializable {
    public Check {
        name = Names.blankToNull(name);
        Objects.requireNonNull(expression, "check expression");
    }

    @Override public <R> R accept(ConstraintVisitor<R> v) {
        return v.check(this);
    }
}
