package io.autogen.model;

import java.util.List;
import java.util.Locale;

/**
 * A foreign key, matched by columns, target table and target columns. {@code onDelete} is null for the default
 * (no action); otherwise lower case: {@code cascade}, {@code set null}, {@code set default}, {@code restrict}.
 */
public record ForeignKey(String name, List<String> columns, String refTable, List<String> refColumns,
                         String onDelete) implements Constraint, java.io.Serializable {
    public ForeignKey {
        name = Names.blankToNull(name);
        columns = Names.copy(columns, "foreign key " + name);
        refColumns = Names.copy(refColumns, "foreign key " + name + " target");
        if (columns.size() != refColumns.size()) {
            throw new IllegalArgumentException("foreign key " + name + ": " + columns + " and " + refColumns
                    + " differ in length");
        }
        onDelete = normaliseAction(onDelete);
    }

    static String normaliseAction(String action) {
        if (action == null || action.isBlank()) {
            return null;
        }
        String a = action.trim().toLowerCase(Locale.ROOT).replace('_', ' ');
        return a.equals("no action") ? null : a;
    }

    @Override public <R> R accept(ConstraintVisitor<R> v) {
        return v.foreignKey(this);
    }
}
