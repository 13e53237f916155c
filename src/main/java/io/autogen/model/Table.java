package io.autogen.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** A table with everything the comparator looks at. Lists keep their order; none is ever null. */
public record Table(String name, List<Column> columns, PrimaryKey primaryKey, List<Index> indexes,
                    List<UniqueKey> uniqueKeys, List<ForeignKey> foreignKeys, List<Check> checks, String comment)
        implements java.io.Serializable {
    public Table {
        Objects.requireNonNull(name, "table name");
        columns = List.copyOf(columns == null ? List.of() : columns);
        indexes = List.copyOf(indexes == null ? List.of() : indexes);
        uniqueKeys = List.copyOf(uniqueKeys == null ? List.of() : uniqueKeys);
        foreignKeys = List.copyOf(foreignKeys == null ? List.of() : foreignKeys);
        checks = List.copyOf(checks == null ? List.of() : checks);
        comment = Names.blankToNull(comment);
    }

    public static Table of(String name, List<Column> columns) {
        return new Table(name, columns, null, List.of(), List.of(), List.of(), List.of(), null);
    }

    public Optional<Column> column(String columnName) {
        String k = Names.key(columnName);
        return columns.stream().filter(c -> Names.key(c.name()).equals(k)).findFirst();
    }

    public Table withColumns(List<Column> c) {
        return new Table(name, c, primaryKey, indexes, uniqueKeys, foreignKeys, checks, comment);
    }

    public Table withPrimaryKey(PrimaryKey pk) {
        return new Table(name, columns, pk, indexes, uniqueKeys, foreignKeys, checks, comment);
    }

    public Table withIndexes(List<Index> i) {
        return new Table(name, columns, primaryKey, i, uniqueKeys, foreignKeys, checks, comment);
    }

    public Table withUniqueKeys(List<UniqueKey> u) {
        return new Table(name, columns, primaryKey, indexes, u, foreignKeys, checks, comment);
    }

    public Table withForeignKeys(List<ForeignKey> f) {
        return new Table(name, columns, primaryKey, indexes, uniqueKeys, f, checks, comment);
    }

    public Table withChecks(List<Check> c) {
        return new Table(name, columns, primaryKey, indexes, uniqueKeys, foreignKeys, c, comment);
    }

    public Table withComment(String c) {
        return new Table(name, columns, primaryKey, indexes, uniqueKeys, foreignKeys, checks, c);
    }

    /** The same table with one column replaced (matched by name) through {@code change}. */
    public Table mapColumn(String columnName, UnaryOperator<Column> change) {
        String k = Names.key(columnName);
        List<Column> out = new ArrayList<>();
        for (Column c : columns) {
            out.add(Names.key(c.name()).equals(k) ? change.apply(c) : c);
        }
        return withColumns(out);
    }

    /** True when any key, index or check of this table names the column. */
    public boolean constrains(String columnName) {
        String k = Names.key(columnName);
        if (primaryKey != null && Names.keys(primaryKey.columns()).contains(k)) {
            return true;
        }
        return indexes.stream().anyMatch(i -> Names.keys(i.columns()).contains(k))
                || uniqueKeys.stream().anyMatch(u -> Names.keys(u.columns()).contains(k))
                || foreignKeys.stream().anyMatch(f -> Names.keys(f.columns()).contains(k))
                || checks.stream().anyMatch(c -> c.expression().toLowerCase().contains(k));
    }
}
