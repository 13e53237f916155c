package io.autogen.dialect.postgres;

import io.autogen.dialect.Dialect;
import io.autogen.dialect.Dialects;
import io.autogen.dialect.DiffHints;
import io.autogen.dialect.LintProfile;
import io.autogen.dialect.SqlEmitter;
import io.autogen.source.catalog.CatalogInspector;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/** PostgreSQL: transactional DDL, a session-level advisory lock, identifiers folded to lower case. */
public final class PostgresDialect implements Dialect {
    /** Advisory lock key: "autogen" in ASCII, so other applications' keys are unlikely to collide. */
    static final long LOCK_KEY = 0x6175746f67656eL;

    private final PostgresTypes types = new PostgresTypes();
    private final PostgresInspector inspector = new PostgresInspector();
    private final PostgresSql sql = new PostgresSql();

    private static final String URL_PREFIX = "jdbc:postgresql:";
    private final PostgresLint lint = new PostgresLint();

    @Override public String name() { return "postgresql"; }
    @Override public String title() { return "PostgreSQL"; }
    @Override public boolean accepts(String url) { return url.startsWith(URL_PREFIX); }
    @Override public String urlExample() { return URL_PREFIX + "//HOST/DATABASE"; }
    @Override public String hibernateDialect() { return "org.hibernate.dialect.PostgreSQLDialect"; }
    @Override public String serverVersion() { return "15.0"; }
    @Override public java.util.List<String> driverLoggers() { return java.util.List.of("org.postgresql"); }
    @Override public LintProfile lint() { return lint; }
    @Override public DiffHints hints() { return types; }
    @Override public CatalogInspector inspector() { return inspector; }
    @Override public SqlEmitter emitter() { return sql; }
    @Override public String foldCase(String identifier) { return identifier.toLowerCase(Locale.ROOT); }
    @Override public String identityType(String sqlType) { return sqlType; }

    @Override public java.util.List<String> timeouts(java.time.Duration lock, java.time.Duration statement) {
        return java.util.List.of("set local lock_timeout = " + (lock == null ? 0 : lock.toMillis()),
                "set local statement_timeout = " + (statement == null ? 0 : statement.toMillis()));
    }

    @Override public boolean runsOutsideTransactions() { return true; }

    @Override public java.util.List<String> sessionTimeouts(java.time.Duration lock, java.time.Duration statement) {
        return timeouts(lock, statement).stream().map(s -> s.replaceFirst("^set local ", "set ")).toList();
    }

    @Override public java.util.List<String> resetTimeouts() {
        return java.util.List.of("reset lock_timeout", "reset statement_timeout");
    }

    @Override public boolean isLockTimeout(SQLException e) {
        return "55P03".equals(e.getSQLState()); // lock_not_available: lock_timeout, NOWAIT
    }

    /** The sessions holding a granted lock on the table: pid, user, application, state and their last statement. */
    @Override public String lockHolder(Connection c, String table) {
        String q = """
                select a.pid, a.usename, a.application_name, a.state, now() - a.xact_start, left(a.query, 80)
                from pg_locks l join pg_stat_activity a on a.pid = l.pid
                where l.relation = to_regclass(?) and l.granted and l.pid <> pg_backend_pid()
                order by a.xact_start limit 1""";
        try (var ps = c.prepareStatement(q)) {
            ps.setString(1, sql.quote(table));
            try (var rs = ps.executeQuery()) {
                String out = rs.next() ? "session " + rs.getInt(1) + " (user " + rs.getString(2)
                        + (rs.getString(3) == null || rs.getString(3).isEmpty() ? "" : ", application " + rs.getString(3))
                        + ", " + rs.getString(4) + ", transaction open for " + rs.getString(5)
                        + ", last statement: " + rs.getString(6).replaceAll("\\s+", " ").trim() + ")" : null;
                c.rollback();
                return out;
            }
        } catch (SQLException e) {
            return null; // the failure being reported matters more than who caused it
        }
    }

    /** User and password as URL parameters, as the driver reads them (each only where the URL has none). */
    @Override public String withCredentials(String url, String user, String password) {
        return Dialects.withCredentialParameters(url, user, password);
    }


    @Override public void useSchema(Connection c, String schema) throws SQLException {
        if (schema != null) {
            try (var st = c.createStatement()) {
                st.execute("set search_path to " + sql.quote(schema));
            }
            c.commit();
        }
    }

    @Override public void lock(Connection c) throws SQLException {
        try (var ps = c.prepareStatement("select pg_advisory_lock(?)")) {
            ps.setLong(1, LOCK_KEY);
            ps.execute();
        }
    }

    @Override public void unlock(Connection c) throws SQLException {
        try (var ps = c.prepareStatement("select pg_advisory_unlock(?)")) {
            ps.setLong(1, LOCK_KEY);
            ps.execute();
        }
    }
}
