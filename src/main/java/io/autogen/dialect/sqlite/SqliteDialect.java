package io.autogen.dialect.sqlite;

import io.autogen.diff.DiffHints;
import io.autogen.dialect.Dialect;
import io.autogen.runtime.SqlEmitter;
import io.autogen.source.catalog.CatalogInspector;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * SQLite: transactional DDL, table rebuilds, foreign keys enforced by a check after each rebuild. Concurrent
 * writers are serialised by SQLite's own write lock; the busy timeout makes a second process wait for it.
 */
public final class SqliteDialect implements Dialect {
    private final SqliteTypes types = new SqliteTypes();
    private final SqliteInspector inspector = new SqliteInspector();
    private final SqliteSql sql = new SqliteSql();

    @Override public String name() { return "sqlite"; }
    @Override public boolean accepts(String url) { return url.startsWith("jdbc:sqlite:"); }
    @Override public String hibernateDialect() { return "org.hibernate.community.dialect.SQLiteDialect"; }
    @Override public DiffHints hints() { return types; }
    @Override public CatalogInspector inspector() { return inspector; }
    @Override public SqlEmitter emitter() { return sql; }
    @Override public String foldCase(String identifier) { return identifier; }
    @Override public String identityType(String sqlType) { return "integer"; }


    @Override public java.util.Properties connectionProperties() {
        java.util.Properties p = new java.util.Properties();
        // BEGIN IMMEDIATE: a migration's transaction holds the write lock from its first statement, so a second
        // process waits (busy_timeout) and then sees the versions the first one wrote.
        p.setProperty("transaction_mode", "IMMEDIATE");
        p.setProperty("busy_timeout", "30000");
        return p;
    }

    @Override public void configure(Connection c) throws SQLException {
        try (var st = c.createStatement()) {
            // Rebuilds drop and recreate tables that others reference: enforcement stays off while they run,
            // and each rebuild ends with an explicit foreign_key_check instead (SQLite's documented procedure).
            st.execute("pragma foreign_keys = off");
            st.execute("pragma busy_timeout = 30000");
        }
        c.setAutoCommit(false);
    }

    @Override public void lock(Connection c) {
        // SQLite serialises writers itself; each migration's transaction takes the write lock on its first write.
    }

    @Override public void unlock(Connection c) {
    }

    @Override public boolean reportsViolations(String sql) {
        return sql.startsWith(SqliteSql.FOREIGN_KEY_CHECK);
    }
}
