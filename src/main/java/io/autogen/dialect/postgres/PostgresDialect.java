package io.autogen.dialect.postgres;

import io.autogen.diff.DiffHints;
import io.autogen.dialect.Dialect;
import io.autogen.runtime.SqlEmitter;
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

    @Override public String name() { return "postgresql"; }
    @Override public boolean accepts(String url) { return url.startsWith("jdbc:postgresql:"); }
    @Override public String hibernateDialect() { return "org.hibernate.dialect.PostgreSQLDialect"; }
    @Override public DiffHints hints() { return types; }
    @Override public CatalogInspector inspector() { return inspector; }
    @Override public SqlEmitter emitter() { return sql; }
    @Override public String foldCase(String identifier) { return identifier.toLowerCase(Locale.ROOT); }
    @Override public String identityType(String sqlType) { return sqlType; }
    @Override public boolean locksOnDdl() { return true; }
    @Override public int identifierLimit() { return 63; }


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
