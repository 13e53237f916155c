package io.autogen.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A table with everything the comparator looks at, and two things it does not: the {@code rows} the table is
 * created with (generator tables) and its {@code triggers} (SQL as the database keeps it, re-created when SQLite
 * rebuilds the table). Lists keep their order; none is ever null.
 */
public record Table(String name, List<Column> columns, PrimaryKey primaryKey, List<Index> indexes,
                    List<UniqueKey> uniqueKeys, List<ForeignKey> foreignKeys, List<Check> checks, String comment,
                    List<Row> rows, List<String> triggers)
        implements java.io.Serializable {
    public Table {
        Objects.requireNonNull(name, "table name");
        columns = List.copyOf(columns == null ? List.of() : columns);
        indexes = List.copyOf(indexes == null ? List.of() : indexes);
        uniqueKeys = List.copyOf(uniqueKeys == null ? List.of() : uniqueKeys);
        foreignKeys = List.copyOf(foreignKeys == null ? List.of() : foreignKeys);
        checks = List.copyOf(checks == null ? List.of() : checks);
        comment = Names.blankToNull(comment);
        rows = List.copyOf(rows == null ? List.of() : rows);
        triggers = List.copyOf(triggers == null ? List.of() : triggers);
    }

    public Table(String name, List<Column> columns, PrimaryKey primaryKey, List<Index> indexes,
                 List<UniqueKey> uniqueKeys, List<ForeignKey> foreignKeys, List<Check> checks, String comment) {
        this(name, columns, primaryKey, indexes, uniqueKeys, foreignKeys, checks, comment, List.of(), List.of());
    }

    public static Table of(String name, List<Column> columns) {
        return new Table(name, columns, null, List.of(), List.of(), List.of(), List.of(), null);
    }

    public Optional<Column> column(String columnName) {
        String k = Names.key(columnName);
        return columns.stream().filter(c -> Names.key(c.name()).equals(k)).findFirst();
    }

    public Table withColumns(List<Column> c) {
        return new Table(name, c, primaryKey, indexes, uniqueKeys, foreignKeys, checks, comment, rows, triggers);
    }

    public Table withPrimaryKey(PrimaryKey pk) {
        return new Table(name, columns, pk, indexes, uniqueKeys, foreignKeys, checks, comment, rows, triggers);
    }

    public Table withIndexes(List<Index> i) {
        return new Table(name, columns, primaryKey, i, uniqueKeys, foreignKeys, checks, comment, rows, triggers);
    }

    public Table withUniqueKeys(List<UniqueKey> u) {
        return new Table(name, columns, primaryKey, indexes, u, foreignKeys, checks, comment, rows, triggers);
    }

    public Table withForeignKeys(List<ForeignKey> f) {
        return new Table(name, columns, primaryKey, indexes, uniqueKeys, f, checks, comment, rows, triggers);
    }

    public Table withChecks(List<Check> c) {
        return new Table(name, columns, primaryKey, indexes, uniqueKeys, foreignKeys, c, comment, rows, triggers);
    }

    public Table withRows(List<Row> r) {
        return new Table(name, columns, primaryKey, indexes, uniqueKeys, foreignKeys, checks, comment, r, triggers);
    }

    public Table withTriggers(List<String> t) {
        return new Table(name, columns, primaryKey, indexes, uniqueKeys, foreignKeys, checks, comment, rows, t);
    }

    public Table withComment(String c) {
        return new Table(name, columns, primaryKey, indexes, uniqueKeys, foreignKeys, checks, c, rows, triggers);
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
