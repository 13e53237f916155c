package io.autogen.dialect.postgres;

import static io.autogen.source.catalog.CatalogInspector.query;

import io.autogen.dialect.Expressions;
import io.autogen.model.Check;
import io.autogen.model.Column;
import io.autogen.model.ForeignKey;
import io.autogen.model.Index;
import io.autogen.model.PrimaryKey;
import io.autogen.model.Schema;
import io.autogen.model.Sequence;
import io.autogen.model.Table;
import io.autogen.model.UniqueKey;
import io.autogen.source.catalog.CatalogInspector;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads one schema with four pg_catalog queries, whatever the number of tables. */
public final class PostgresInspector implements CatalogInspector {
    /** Types are read in their canonical spelling ({@code varchar(80)}, not {@code character varying(80)}). */
    private static final PostgresTypes TYPES = new PostgresTypes();

    private static final String COLUMNS = """
            select c.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,
                   pg_get_expr(d.adbin, d.adrelid), cd.description, a.attidentity <> '', td.description
              from pg_class c
              join pg_namespace n on n.oid = c.relnamespace
              join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
              left join pg_attrdef d on d.adrelid = c.oid and d.adnum = a.attnum
              left join pg_description cd on cd.objoid = c.oid and cd.classoid = 'pg_class'::regclass
                                         and cd.objsubid = a.attnum
              left join pg_description td on td.objoid = c.oid and td.classoid = 'pg_class'::regclass
                                         and td.objsubid = 0
             where n.nspname = ? and c.relkind in ('r', 'p')
             order by c.relname, a.attnum
            """;

    private static final String CONSTRAINTS = """
            select c.relname, k.conname, k.contype,
                   (select string_agg(a.attname, chr(31) order by u.ord) from unnest(k.conkey) with ordinality u(num, ord)
                           join pg_attribute a on a.attrelid = k.conrelid and a.attnum = u.num),
                   f.relname,
                   (select string_agg(a.attname, chr(31) order by u.ord) from unnest(k.confkey) with ordinality u(num, ord)
                           join pg_attribute a on a.attrelid = k.confrelid and a.attnum = u.num),
                   k.confdeltype, case when k.contype = 'c' then pg_get_constraintdef(k.oid) end
              from pg_constraint k
              join pg_class c on c.oid = k.conrelid
              join pg_namespace n on n.oid = c.relnamespace
              left join pg_class f on f.oid = k.confrelid
             where n.nspname = ? and k.contype in ('p', 'u', 'f', 'c')
             order by c.relname, k.conname
            """;

    private static final String INDEXES = """
            select t.relname, i.relname, x.indisunique,
                   (select string_agg(a.attname, chr(31) order by u.ord) from unnest(x.indkey::int2[]) with ordinality u(num, ord)
                           join pg_attribute a on a.attrelid = x.indrelid and a.attnum = u.num),
                   x.indexprs is not null or x.indpred is not null or 0 = any(x.indkey::int2[])
              from pg_index x
              join pg_class i on i.oid = x.indexrelid
              join pg_class t on t.oid = x.indrelid
              join pg_namespace n on n.oid = t.relnamespace
             where n.nspname = ? and t.relkind in ('r', 'p')
               and x.indisvalid -- an INVALID index (a failed CONCURRENTLY build) is no index: the safe form drops and rebuilds it
               and not exists (select 1 from pg_constraint k where k.conindid = x.indexrelid and k.contype in ('p', 'u', 'x'))
             order by t.relname, i.relname
            """;

    private static final String SEQUENCES = """
            select s.relname, q.seqstart, q.seqincrement
              from pg_sequence q
              join pg_class s on s.oid = q.seqrelid
              join pg_namespace n on n.oid = s.relnamespace
             where n.nspname = ?
               and not exists (select 1 from pg_depend d where d.objid = s.oid and d.deptype in ('a', 'i')
                                 and d.classid = 'pg_class'::regclass and d.refclassid = 'pg_class'::regclass)
             order by s.relname
            """;

    /** Mutable while reading, turned into a record at the end. */
    private static final class Builder {
        final String name;
        String comment;
        final List<Column> columns = new ArrayList<>();
        PrimaryKey pk;
        final List<Index> indexes = new ArrayList<>();
        final List<UniqueKey> uniques = new ArrayList<>();
        final List<ForeignKey> fks = new ArrayList<>();
        final List<Check> checks = new ArrayList<>();

        Builder(String name) {
            this.name = name;
        }

        Table build() {
            return new Table(name, columns, pk, indexes, uniques, fks, checks, comment);
        }
    }

    @Override public Schema inspect(Connection connection, String schema) throws SQLException {
        String ns = schema != null ? schema : currentSchema(connection);
        Map<String, Builder> tables = new LinkedHashMap<>();
        query(connection, COLUMNS, ns, rs -> {
            Builder b = tables.computeIfAbsent(rs.getString(1), Builder::new);
            b.comment = rs.getString(8);
            b.columns.add(new Column(rs.getString(2), TYPES.normaliseType(rs.getString(3)), !rs.getBoolean(4),
                    rs.getBoolean(7) ? null : rs.getString(5), rs.getString(6), rs.getBoolean(7)));
        });
        query(connection, CONSTRAINTS, ns, rs -> {
            Builder b = tables.get(rs.getString(1));
            if (b == null) {
                return;
            }
            String name = rs.getString(2);
            List<String> cols = names(rs.getString(4));
            switch (rs.getString(3)) {
                case "p" -> b.pk = new PrimaryKey(name, cols);
                case "u" -> b.uniques.add(new UniqueKey(name, cols));
                case "f" -> b.fks.add(new ForeignKey(name, cols, rs.getString(5), names(rs.getString(6)),
                        action(rs.getString(7))));
                default -> b.checks.add(new Check(name, checkExpression(rs.getString(8))));
            }
        });
        query(connection, INDEXES, ns, rs -> {
            Builder b = tables.get(rs.getString(1));
            if (b != null && !rs.getBoolean(5)) { // expression and partial indexes are not modelled
                b.indexes.add(new Index(rs.getString(2), names(rs.getString(4)), rs.getBoolean(3)));
            }
        });
        List<Sequence> sequences = new ArrayList<>();
        query(connection, SEQUENCES, ns, rs -> sequences.add(new Sequence(rs.getString(1), rs.getLong(2), rs.getLong(3))));
        return new Schema(tables.values().stream().map(Builder::build).toList(), sequences);
    }

    static String currentSchema(Connection connection) throws SQLException {
        try (var st = connection.createStatement(); var rs = st.executeQuery("select current_schema()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** {@code CHECK ((a > 0)) NOT VALID} → {@code a > 0}. */
    static String checkExpression(String definition) {
        String d = definition.trim();
        if (d.regionMatches(true, 0, "CHECK", 0, 5)) {
            d = d.substring(5).trim();
        }
        int close = Expressions.closingOf(d, 0);
        if (d.startsWith("(") && close > 0) {
            d = d.substring(0, close + 1);
        }
        return Expressions.unwrap(d);
    }

    private static String action(String code) {
        return switch (code) {
            case "c" -> "cascade";
            case "n" -> "set null";
            case "d" -> "set default";
            case "r" -> "restrict";
            default -> null;
        };
    }

    /** Column names joined by the unit separator (chr 31), which no sane identifier contains. */
    private static List<String> names(String joined) {
        return joined == null ? List.of() : Arrays.asList(joined.split("\u001f", -1));
    }
}
