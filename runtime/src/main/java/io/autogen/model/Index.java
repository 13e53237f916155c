package io.autogen.model;

import java.util.List;

/** A (possibly unique) index; column order matters. */
public record Index(String name, List<String> columns, boolean unique) implements Constraint, java.io.Serializable {
    public Index {
        name = Names.blankToNull(name);
        columns = Names.copy(columns, "index " + name);
    }

    @Override public <R> R accept(ConstraintVisitor<R> v) {
        return v.index(this);
    }
}
