package io.autogen.model;

import java.util.List;

/** A primary key; {@code name} may be null when the database picks it. */
public record PrimaryKey(String name, List<String> columns) implements Constraint, java.io.Serializable {
    public PrimaryKey {
        name = Names.blankToNull(name);
        columns = Names.copy(columns, "primary key");
    }

    @Override public <R> R accept(ConstraintVisitor<R> v) {
        return v.primaryKey(this);
    }
}
