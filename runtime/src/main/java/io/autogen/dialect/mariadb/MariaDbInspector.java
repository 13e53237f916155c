package io.autogen.dialect.mariadb;

import static io.autogen.source.catalog.CatalogInspector.query;

import io.autogen.model.Check;
import io.autogen.model.Column;
import io.autogen.model.ForeignKey;
import io.autogen.model.Index;
import io.autogen.model.Names;
import io.autogen.model.PrimaryKey;
import io.autogen.model.Schema;
import io.autogen.model.Sequence;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one schema (a MariaDB/MySQL database) with at most seven {@code information_schema} queries (the
 * character sets only where an index has a prefix, the foreign keys' rules only where there are foreign keys) and,
 * where the schema holds sequences, one more that reads them all: a fixed number whatever the number of tables.
 *
 * <p>What the server adds on its own is left out, so that it never shows as drift: the index MariaDB/MySQL creates
 * for a foreign key that no index serves (named as the key), the {@code json_valid()} check MariaDB adds to a
 * JSON column (kept as {@code longtext}: the column reads as {@code json}), and the prefix MariaDB puts on an index
 * of a column longer than a key ({@link #serverPrefix}: the index reads as one on the whole column). An
 * {@code AUTO_INCREMENT} column is an identity. Under {@code lower_case_table_names} the server reports table names in lower case: they compare by
 * {@link Names#key}, which folds case anyway.
 */
public final class MariaDbInspector implements CatalogInspector {

    private static final String TABLES = """
            select table_name, table_type, table_comment
              from information_schema.tables
             where table_schema = ? and table_type in ('BASE TABLE', 'SEQUENCE')
             order by table_name
            """;

    private static final String COLUMNS = """
            select table_name, column_name, column_type, is_nullable, column_default, column_comment, extra, data_type,
                   character_set_name
              from information_schema.columns
             where table_schema = ?
             order by table_name, ordinal_position
            """;

    private static final String INDEXES = """
            select table_name, index_name, non_unique, column_name, sub_part
              from information_schema.statistics
             where table_schema = ?
             order by table_name, index_name, seq_in_index
            """;

    /**
     * The foreign keys' columns; their rules come from {@link #DELETE_RULES}, joined here rather than in SQL: the
     * server's join of the two views took 60 ms at 500 tables (MariaDB 10.11), the two queries 10 ms together.
     */
    private static final String FOREIGN_KEYS = """
            select table_name, constraint_name, column_name, referenced_table_name, referenced_column_name
              from information_schema.key_column_usage
             where table_schema = ? and referenced_table_name is not null
             order by table_name, constraint_name, ordinal_position
            """;

    private static final String DELETE_RULES = """
            select table_name, constraint_name, delete_rule
              from information_schema.referential_constraints
             where constraint_schema = ?
            """;

    /** MariaDB 10.2+: check constraints are named per table, and the view says which table. */
    private static final String CHECKS_MARIADB = """
            select table_name, constraint_name, check_clause
              from information_schema.check_constraints
             where constraint_schema = ?
             order by table_name, constraint_name
            """;

    /** MySQL 8.0.16+: check constraints are named per schema; the table comes from table_constraints. */
    private static final String CHECKS_MYSQL = """
            select t.table_name, c.constraint_name, c.check_clause
              from information_schema.check_constraints c
              join information_schema.table_constraints t
                on t.constraint_schema = c.constraint_schema and t.constraint_name = c.constraint_name
               and t.constraint_type = 'CHECK'
             where c.constraint_schema = ?
             order by t.table_name, c.constraint_name
            """;

    /** Bytes per character of each character set: read only when an index has a prefix. */
    private static final String CHARSETS = "select character_set_name, maxlen from information_schema.character_sets";

    private static final Pattern JSON_VALID = Pattern.compile("(?i)json_valid\\(\\s*`?([^`()]+)`?\\s*\\)");

    private static final class Builder {
        final String name;
        String comment;
        final List<Column> columns = new ArrayList<>();
        final Map<String, Boolean> autoIncrement = new LinkedHashMap<>();
        /** The character set of each character column; absent: binary, blob, not a string. */
        final Map<String, String> charsets = new HashMap<>();
        PrimaryKey pk;
        final Map<String, IndexRow> indexes = new LinkedHashMap<>();
        final Map<String, ForeignKey> fks = new LinkedHashMap<>();
        final List<Check> checks = new ArrayList<>();

        Builder(String name) {
            this.name = name;
        }
    }

    private static final class IndexRow {
        boolean unique;
        boolean partial;
        /** The prefix (characters) of each part that has one, by part: what the server may have cut by itself. */
        final Map<Integer, Integer> prefixes = new HashMap<>();
        final List<String> columns = new ArrayList<>();
    }

    @Override public Schema inspect(Connection connection, String schema) throws SQLException {
        String db = schema != null ? schema : currentDatabase(connection);
        boolean mariadb = MariaDbDialect.isMariaDb(connection);
        Map<String, Builder> tables = new LinkedHashMap<>();
        List<String> sequenceNames = new ArrayList<>();
        query(connection, TABLES, db, rs -> {
            if ("SEQUENCE".equals(rs.getString(2))) {
                sequenceNames.add(rs.getString(1));
            } else {
                tables.computeIfAbsent(rs.getString(1), Builder::new).comment = rs.getString(3);
            }
        });
        query(connection, COLUMNS, db, rs -> {
            Builder b = tables.get(rs.getString(1));
            if (b == null) {
                return; // a view's or a sequence's columns
            }
            String extra = rs.getString(7) == null ? "" : rs.getString(7).toLowerCase(Locale.ROOT);
            boolean identity = extra.contains("auto_increment");
            String type = rs.getString(3);
            String dflt = identity ? null : defaultOf(rs.getString(5), rs.getString(8), extra, mariadb);
            b.columns.add(new Column(rs.getString(2), spelling(type), "YES".equals(rs.getString(4)),
                    dflt, rs.getString(6), identity));
            if (rs.getString(9) != null) {
                b.charsets.put(Names.key(rs.getString(2)), rs.getString(9));
            }
        });
        query(connection, INDEXES, db, rs -> {
            Builder b = tables.get(rs.getString(1));
            if (b == null) {
                return;
            }
            IndexRow row = b.indexes.computeIfAbsent(rs.getString(2), k -> new IndexRow());
            row.unique = rs.getInt(3) == 0;
            row.partial |= rs.getString(4) == null; // an expression: not modelled
            int prefix = rs.getInt(5);
            if (!rs.wasNull()) {
                row.prefixes.put(row.columns.size(), prefix);
            }
            row.columns.add(rs.getString(4));
        });
        prefixedIndexes(connection, tables.values());
        Map<String, List<String[]>> fkRows = new LinkedHashMap<>();
        query(connection, FOREIGN_KEYS, db, rs -> {
            Builder b = tables.get(rs.getString(1));
            if (b == null) {
                return;
            }
            String key = rs.getString(1) + "\u001f" + rs.getString(2);
            fkRows.computeIfAbsent(key, k -> new ArrayList<>()).add(new String[] {rs.getString(1), rs.getString(2),
                    rs.getString(3), rs.getString(4), rs.getString(5)});
        });
        Map<String, String> deleteRules = new HashMap<>();
        if (!fkRows.isEmpty()) {
            query(connection, DELETE_RULES, db,
                    rs -> deleteRules.put(rs.getString(1) + "\u001f" + rs.getString(2), rs.getString(3)));
        }
        fkRows.forEach((key, rows) -> {
            String[] first = rows.get(0);
            Builder b = tables.get(first[0]);
            b.fks.put(first[1], new ForeignKey(first[1], rows.stream().map(r -> r[2]).toList(), first[3],
                    rows.stream().map(r -> r[4]).toList(), action(deleteRules.get(key))));
        });
        query(connection, mariadb ? CHECKS_MARIADB : CHECKS_MYSQL, db, rs -> {
            Builder b = tables.get(rs.getString(1));
            if (b != null) {
                b.checks.add(new Check(rs.getString(2), rs.getString(3)));
            }
        });
        List<Sequence> sequences = sequences(connection, sequenceNames);
        return new Schema(tables.values().stream().map(MariaDbInspector::build).toList(), sequences);
    }

    private static Table build(Builder b) {
        List<Column> columns = new ArrayList<>(b.columns);
        List<Check> checks = new ArrayList<>();
        for (Check k : b.checks) {
            Matcher m = JSON_VALID.matcher(k.expression().trim());
            if (m.matches() && k.name().equalsIgnoreCase(m.group(1))) {
                // MariaDB's JSON is longtext with this check, named as the column: the column is a json one
                String col = m.group(1);
                columns.replaceAll(c -> c.name().equalsIgnoreCase(col) && c.type().equals("longtext")
                        ? c.withType("json") : c);
                continue;
            }
            checks.add(k);
        }
        PrimaryKey pk = null;
        List<Index> indexes = new ArrayList<>();
        List<UniqueKey> uniques = new ArrayList<>();
        for (var e : b.indexes.entrySet()) {
            String name = e.getKey();
            IndexRow row = e.getValue();
            if (name.equals("PRIMARY")) {
                pk = new PrimaryKey(null, row.columns);
                continue;
            }
            if (row.partial) {
                continue;
            }
            if (row.unique) {
                uniques.add(new UniqueKey(name, row.columns));
            } else if (!backsForeignKey(name, row, b)) {
                indexes.add(new Index(name, row.columns, false));
            }
        }
        return new Table(b.name, columns, pk, indexes, uniques, new ArrayList<>(b.fks.values()), checks, b.comment);
    }

    /**
     * True for the index the server created for a foreign key that no other index served: it bears the key's name
     * and starts with its columns. Dropping the key drops it too ({@link MariaDbSql}); it is never drift.
     */
    private static boolean backsForeignKey(String name, IndexRow row, Builder b) {
        ForeignKey fk = b.fks.get(name);
        if (fk == null) {
            return false;
        }
        List<String> cols = Names.keys(row.columns);
        List<String> fkCols = Names.keys(fk.columns());
        return cols.size() >= fkCols.size() && cols.subList(0, fkCols.size()).equals(fkCols);
    }

    /**
     * Marks partial (not modelled) each index with a prefix someone chose; the prefix the server put on an index of a
     * whole column longer than a key ({@link #serverPrefix}) is the whole column. One query, and only when some index
     * has a prefix.
     */
    private static void prefixedIndexes(Connection c, Iterable<Builder> tables) throws SQLException {
        Map<String, Integer> maxlen = null;
        for (Builder b : tables) {
            for (IndexRow row : b.indexes.values()) {
                if (row.partial || row.prefixes.isEmpty()) {
                    continue;
                }
                if (maxlen == null) {
                    Map<String, Integer> m = new HashMap<>();
                    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(CHARSETS)) {
                        while (rs.next()) {
                            m.put(rs.getString(1), rs.getInt(2));
                        }
                    }
                    maxlen = m;
                }
                for (var p : row.prefixes.entrySet()) {
                    String charset = b.charsets.get(Names.key(row.columns.get(p.getKey())));
                    row.partial |= !serverPrefix(p.getValue(), charset == null ? 1 : maxlen.getOrDefault(charset, 1));
                }
            }
        }
    }

    /**
     * True when an index part's prefix (in characters) is the one the server gives an index on a whole column whose
     * values can be longer than an index key: a {@code text} or {@code blob} column, or a long {@code varchar}.
     * MariaDB cuts such a key to the longest it takes (3072 bytes; 767 under the row formats COMPACT and REDUNDANT)
     * instead of failing, so {@code create index ix on t (body)} on a {@code text} column in utf8mb4 reads back as
     * {@code body(768)}. An entity cannot say "prefix", only "this column": read as the whole column, it is no drift.
     * (A prefix of exactly that length written by hand reads the same; any other stays a prefix index, not modelled.)
     */
    static boolean serverPrefix(int chars, int bytesPerChar) {
        int per = Math.max(1, bytesPerChar);
        return chars == 3072 / per || chars == 767 / per;
    }

    private static final Pattern DISPLAY_WIDTH = Pattern.compile("(smallint|mediumint|int|bigint|tinyint)\\(\\d+\\)(.*)");

    /**
     * {@code int(11)} → {@code int}: the display width MariaDB (and MySQL before 8.0.19) reports means nothing to the
     * values; {@code tinyint(1)} keeps it, as it says boolean.
     */
    static String withoutDisplayWidth(String type) {
        Matcher m = DISPLAY_WIDTH.matcher(type);
        if (!m.matches() || type.startsWith("tinyint(1)")) {
            return type;
        }
        return m.group(1) + m.group(2);
    }

    /**
     * A column type as Hibernate's dialect writes it, so that a migration names it the same way: lower case outside
     * the quoted values of an {@code enum(...)}, no display width, {@code integer} for {@code int}, {@code bit} for
     * {@code bit(1)}.
     */
    static String spelling(String type) {
        int quote = type.indexOf('\'');
        String t = quote < 0 ? type.toLowerCase(Locale.ROOT)
                : type.substring(0, quote).toLowerCase(Locale.ROOT) + type.substring(quote);
        t = withoutDisplayWidth(t);
        if (t.equals("int") || t.startsWith("int ")) {
            return "integer" + t.substring(3);
        }
        return t.equals("bit(1)") ? "bit" : t;
    }

    /**
     * The default as SQL: MariaDB 10.2.7+ reports literals quoted ({@code 'x'}), expressions as written and a NULL
     * default as {@code NULL}; MySQL reports a literal unquoted and marks an expression {@code DEFAULT_GENERATED}.
     */
    static String defaultOf(String reported, String dataType, String extra, boolean mariadb) {
        if (reported == null) {
            return null;
        }
        if (mariadb) {
            return reported.equalsIgnoreCase("null") ? null : reported;
        }
        if (extra.contains("default_generated")) {
            return reported.matches("(?i)current_timestamp(\\(\\d*\\))?") ? reported : "(" + reported + ")";
        }
        String t = dataType == null ? "" : dataType.toLowerCase(Locale.ROOT);
        boolean numeric = t.matches("tinyint|smallint|mediumint|int|integer|bigint|decimal|numeric|float|double|bit|year");
        return numeric ? reported : "'" + reported.replace("'", "''") + "'";
    }

    /** One query for all sequences (MariaDB 10.3+ keeps each as a table of one row), none when there are none. */
    private static List<Sequence> sequences(Connection c, List<String> names) throws SQLException {
        List<Sequence> out = new ArrayList<>();
        if (names.isEmpty()) {
            return out;
        }
        StringBuilder sql = new StringBuilder();
        for (String n : names) {
            if (sql.length() > 0) {
                sql.append(" union all ");
            }
            sql.append("select '").append(n.replace("'", "''")).append("', start_value, increment from `")
                    .append(n.replace("`", "``")).append('`');
        }
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql.toString())) {
            while (rs.next()) {
                out.add(new Sequence(rs.getString(1), rs.getLong(2), rs.getLong(3)));
            }
        }
        return out;
    }

    static String currentDatabase(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("select database()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String action(String rule) {
        if (rule == null) {
            return null;
        }
        String r = rule.toLowerCase(Locale.ROOT);
        return r.equals("restrict") || r.equals("no action") ? null : r;
    }
}
