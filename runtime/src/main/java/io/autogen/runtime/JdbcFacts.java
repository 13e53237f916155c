package io.autogen.runtime;

import io.autogen.dialect.SqlEmitter;

import io.autogen.runtime.Facts;
import io.autogen.model.Names;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The lint's facts read from a live database, inside the caller's transaction and each behind a savepoint, so a
 * query that fails (a table the database does not have yet) is "not known" and disturbs nothing. Rows are an exact
 * count up to {@value #EXACT_UP_TO}, then the database's estimate where it keeps one ({@link SqlEmitter#rowEstimate}); the exact
 * checks (NULLs, duplicates, values too wide) run only on tables of at most {@value #CHECK_UP_TO} rows.
 */
public final class JdbcFacts implements Facts {
    static final long EXACT_UP_TO = 100_000;
    static final long CHECK_UP_TO = 1_000_000;
    private static final Pattern SIZED = Pattern.compile("(?i)\\s*(varchar|character varying|char|character)\\s*\\((\\d+)\\)\\s*");

    private final Connection connection;
    private final SqlEmitter sql;
    private final Map<String, OptionalLong> rows = new HashMap<>();

    public JdbcFacts(Connection connection, SqlEmitter sql) {
        this.connection = connection;
        this.sql = sql;
    }

    @Override public OptionalLong rows(String table) {
        return rows.computeIfAbsent(Names.key(table), k -> {
            OptionalLong exact = query("select count(*) from (select 1 from " + sql.quote(table) + " limit "
                    + EXACT_UP_TO + ") x");
            String estimateQuery = sql.rowEstimate(table);
            if (estimateQuery != null && exact.isPresent() && exact.getAsLong() >= EXACT_UP_TO) {
                OptionalLong estimate = query(estimateQuery);
                if (estimate.isPresent() && estimate.getAsLong() > exact.getAsLong()) {
                    return estimate;
                }
            }
            return exact;
        });
    }

    private boolean checkable(String table) {
        OptionalLong n = rows(table);
        return n.isPresent() && n.getAsLong() <= CHECK_UP_TO;
    }

    @Override public OptionalLong nulls(String table, String column) {
        return checkable(table)
                ? query("select count(*) from " + sql.quote(table) + " where " + sql.quote(column) + " is null")
                : OptionalLong.empty();
    }

    @Override public OptionalLong duplicates(String table, List<String> columns) {
        if (!checkable(table)) {
            return OptionalLong.empty();
        }
        String cols = columns.stream().map(sql::quote).collect(Collectors.joining(", "));
        String notNull = columns.stream().map(c -> sql.quote(c) + " is not null").collect(Collectors.joining(" and "));
        return query("select coalesce(sum(n), 0) from (select count(*) as n from " + sql.quote(table) + " where "
                + notNull + " group by " + cols + " having count(*) > 1) x");
    }

    @Override public OptionalLong tooWide(String table, String column, String type) {
        Matcher m = SIZED.matcher(type);
        if (!m.matches() || !checkable(table)) {
            return OptionalLong.empty();
        }
        return query("select count(*) from " + sql.quote(table) + " where length(" + sql.quote(column) + ") > "
                + Integer.parseInt(m.group(2)));
    }

    private OptionalLong query(String query) {
        Savepoint sp = null;
        try {
            sp = connection.setSavepoint();
            try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(query)) {
                OptionalLong out = rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
                connection.releaseSavepoint(sp);
                return out;
            }
        } catch (SQLException e) {
            try {
                if (sp != null) {
                    connection.rollback(sp);
                }
            } catch (SQLException ignored) {
                // the connection is unusable; the caller's next statement reports it
            }
            return OptionalLong.empty(); // not known: the lint then assumes the table may hold rows
        }
    }
}
