package io.autogen.model;

import java.util.List;

/** A unique constraint, matched by its columns rather than its (often generated) name. */
public record UniqueKey(String name, List<String> columns) implements Constraint, java.io.Serializable {
    public UniqueKey {
        name = Names.blankToNull(name);
        columns = Names.copy(columns, "unique constraint " + name);
    }

    @Override public <R> R accept(ConstraintVisitor<R> v) {
        return v.uniqueKey(this);
    }
}
