package io.autogen.dialect.sqlite;

import io.autogen.model.Column;
import io.autogen.model.ForeignKey;
import io.autogen.model.Index;
import io.autogen.model.Names;
import io.autogen.model.PrimaryKey;
import io.autogen.model.Schema;
import io.autogen.model.Table;
import io.autogen.model.UniqueKey;
import io.autogen.source.catalog.CatalogInspector;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Reads a SQLite database with four queries over sqlite_master joined to the pragma table functions. */
public final class SqliteInspector implements CatalogInspector {
    /** Declared types in their canonical spelling (lower case, no stray blanks). */
    private static final SqliteTypes TYPES = new SqliteTypes();
    private static final String TABLES = "from sqlite_master m where m.type = 'table' and m.name not like 'sqlite\\_%' escape '\\' ";

    private static final String SQL = "select m.name, m.sql " + TABLES + "order by m.name";
    private static final String COLUMNS = "select m.name, p.name, p.type, p.\"notnull\", p.dflt_value, p.pk "
            + "from sqlite_master m join pragma_table_info(m.name) p "
            + "where m.type = 'table' and m.name not like 'sqlite\\_%' escape '\\' order by m.name, p.cid";
    private static final String INDEXES = "select m.name, il.name, il.\"unique\", il.origin, il.partial, ii.name "
            + "from sqlite_master m join pragma_index_list(m.name) il join pragma_index_xinfo(il.name) ii "
            + "where m.type = 'table' and m.name not like 'sqlite\\_%' escape '\\' and ii.key = 1 "
            + "order by m.name, il.name, ii.seqno";
    private static final String FOREIGN_KEYS = "select m.name, f.id, f.\"table\", f.\"from\", f.\"to\", f.on_delete "
            + "from sqlite_master m join pragma_foreign_key_list(m.name) f "
            + "where m.type = 'table' and m.name not like 'sqlite\\_%' escape '\\' order by m.name, f.id, f.seq";

    private static final String TRIGGERS = "select tbl_name, sql from sqlite_master where type = 'trigger' order by name";

    private static final class Builder {
        final String name;
        final String sql;
        final List<String> triggers = new ArrayList<>();
        final List<Column> columns = new ArrayList<>();
        final Map<Integer, String> pk = new TreeMap<>();
        final Map<String, IndexRow> indexes = new LinkedHashMap<>();
        final Map<Integer, FkRow> fks = new LinkedHashMap<>();

        Builder(String name, String sql) {
            this.name = name;
            this.sql = sql;
        }
    }

    private static final class IndexRow {
        boolean unique;
        String origin;
        boolean expression;
        final List<String> columns = new ArrayList<>();
    }

    private static final class FkRow {
        String refTable;
        String onDelete;
        final List<String> from = new ArrayList<>();
        final List<String> to = new ArrayList<>();
    }

    @Override public Schema inspect(Connection connection, String schema) throws SQLException {
        Map<String, Builder> tables = new LinkedHashMap<>();
        try (Statement st = connection.createStatement()) {
            try (ResultSet rs = st.executeQuery(SQL)) {
                while (rs.next()) {
                    tables.put(rs.getString(1), new Builder(rs.getString(1), rs.getString(2)));
                }
            }
            try (ResultSet rs = st.executeQuery(COLUMNS)) {
                while (rs.next()) {
                    Builder b = tables.get(rs.getString(1));
                    b.columns.add(new Column(rs.getString(2), TYPES.normaliseType(rs.getString(3)), !rs.getBoolean(4), rs.getString(5),
                            null, false));
                    if (rs.getInt(6) > 0) {
                        b.pk.put(rs.getInt(6), rs.getString(2));
                    }
                }
            }
            try (ResultSet rs = st.executeQuery(INDEXES)) {
                while (rs.next()) {
                    Builder b = tables.get(rs.getString(1));
                    IndexRow row = b.indexes.computeIfAbsent(rs.getString(2), k -> new IndexRow());
                    row.unique = rs.getBoolean(3);
                    row.origin = rs.getString(4);
                    row.expression |= rs.getBoolean(5) || rs.getString(6) == null;
                    row.columns.add(rs.getString(6));
                }
            }
            try (ResultSet rs = st.executeQuery(TRIGGERS)) {
                while (rs.next()) {
                    Builder b = tables.get(rs.getString(1));
                    if (b != null) {
                        b.triggers.add(rs.getString(2));
                    }
                }
            }
            try (ResultSet rs = st.executeQuery(FOREIGN_KEYS)) {
                while (rs.next()) {
                    Builder b = tables.get(rs.getString(1));
                    FkRow row = b.fks.computeIfAbsent(rs.getInt(2), k -> new FkRow());
                    row.refTable = rs.getString(3);
                    row.from.add(rs.getString(4));
                    row.to.add(rs.getString(5));
                    row.onDelete = rs.getString(6);
                }
            }
        }
        Map<String, List<String>> pkByTable = new HashMap<>();
        tables.values().forEach(b -> pkByTable.put(Names.key(b.name), List.copyOf(b.pk.values())));
        return new Schema(tables.values().stream().map(b -> build(b, pkByTable)).toList(), List.of());
    }

    private static Table build(Builder b, Map<String, List<String>> pkByTable) {
        Map<String, String> names = constraintNames(b.sql);
        List<Column> columns = b.columns;
        PrimaryKey pk = null;
        if (!b.pk.isEmpty()) {
            List<String> cols = List.copyOf(b.pk.values());
            pk = new PrimaryKey(names.get("p" + Names.keys(cols)), cols);
            if (cols.size() == 1) {
                String only = cols.get(0); // INTEGER PRIMARY KEY is the rowid: generated and never null
                columns = columns.stream().map(c -> c.name().equals(only)
                        && c.type().equals("integer") ? c.withIdentity(true).withNullable(false) : c).toList();
            }
        }
        List<Index> indexes = new ArrayList<>();
        List<UniqueKey> uniques = new ArrayList<>();
        b.indexes.forEach((name, row) -> {
            if (row.expression) {
                return;
            }
            if ("u".equals(row.origin)) {
                uniques.add(new UniqueKey(names.get("u" + Names.keys(row.columns)), row.columns));
            } else if ("c".equals(row.origin)) {
                indexes.add(new Index(name, row.columns, row.unique));
            }
        });
        List<ForeignKey> fks = new ArrayList<>();
        List<FkRow> rows = new ArrayList<>(b.fks.values());
        java.util.Collections.reverse(rows); // pragma lists foreign keys last-declared first
        for (FkRow row : rows) {
            List<String> to = row.to.contains(null)
                    ? pkByTable.getOrDefault(Names.key(row.refTable), row.from) : row.to;
            fks.add(new ForeignKey(names.get("f" + Names.keys(row.from)), row.from, row.refTable, to,
                    row.onDelete == null ? null : row.onDelete.toLowerCase(Locale.ROOT)));
        }
        return new Table(b.name, columns, pk, indexes, uniques, fks, SqliteDdlParser.checks(b.sql), null, List.of(),
                b.triggers);
    }

    /** Names given with {@code constraint NAME} in table-level clauses, keyed by kind and columns. */
    private static Map<String, String> constraintNames(String sql) {
        Map<String, String> names = new HashMap<>();
        for (String item : SqliteDdlParser.items(sql)) {
            SqliteDdlParser.Clause c = SqliteDdlParser.clause(item);
            if (c.name() == null) {
                continue;
            }
            String body = c.body().toLowerCase(Locale.ROOT);
            String kind = body.startsWith("primary key") ? "p" : body.startsWith("unique") ? "u"
                    : body.startsWith("foreign key") ? "f" : null;
            if (kind != null) {
                names.put(kind + Names.keys(SqliteDdlParser.columnsOf(c.body())), c.name());
            }
        }
        return names;
    }
}
