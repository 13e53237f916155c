package io.autogen.model;

import java.util.List;

/**
 * A row a table is created with: Hibernate's generator tables need theirs before the first insert (a
 * {@code @TableGenerator}'s segment, a sequence emulated by a table). {@code values} are SQL literals, one per
 * column. Rows are created with their table and never compared: the application changes them as it runs.
 */
public record Row(List<String> columns, List<String> values) implements java.io.Serializable {
    public Row {
        columns = Names.copy(columns, "row");
        values = List.copyOf(values);
        if (columns.size() != values.size()) {
            throw new IllegalArgumentException("row " + columns + " has " + values.size() + " values");
        }
    }
}
