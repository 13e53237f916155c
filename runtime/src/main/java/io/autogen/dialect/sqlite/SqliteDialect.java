package io.autogen.dialect.sqlite;

import io.autogen.dialect.DiffHints;
import io.autogen.dialect.Dialect;
import io.autogen.error.DatabaseException;
import io.autogen.dialect.SqlEmitter;
import io.autogen.source.catalog.CatalogInspector;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;

/**
 * SQLite: transactional DDL, table rebuilds, foreign keys enforced by a check after each rebuild. Concurrent
 * writers are serialised by SQLite's own write lock; the busy timeout makes a second process wait for it.
 */
public final class SqliteDialect implements Dialect {
    private final SqliteTypes types = new SqliteTypes();
    private final SqliteInspector inspector = new SqliteInspector();
    private final SqliteSql sql = new SqliteSql();

    private static final String URL_PREFIX = "jdbc:sqlite:";

    @Override public String name() { return "sqlite"; }
    @Override public String title() { return "SQLite"; }
    @Override public boolean accepts(String url) { return url.startsWith(URL_PREFIX); }
    @Override public String urlExample() { return URL_PREFIX + "FILE"; }
    @Override public String embeddedUrl(java.nio.file.Path file) { return URL_PREFIX + file; }
    @Override public String hibernateDialect() { return "org.hibernate.community.dialect.SQLiteDialect"; }
    @Override public String hibernateArtifact() { return "hibernate-community-dialects"; }
    @Override public String serverVersion() { return "3.45"; }
    @Override public void prepareDriver(java.nio.file.Path userCache) { SqliteNativeLibrary.useCached(userCache); }
    @Override public DiffHints hints() { return types; }
    @Override public CatalogInspector inspector() { return inspector; }
    @Override public SqlEmitter emitter() { return sql; }
    @Override public String foldCase(String identifier) { return identifier; }

    /** A database file that is not there yet; none for an in-memory or resource database. */
    @Override public java.nio.file.Path absentFile(String url, java.nio.file.Path dir) {
        String path = url.substring(URL_PREFIX.length()).replaceFirst("\\?.*$", "");
        if (path.startsWith("file:")) {
            path = path.substring("file:".length());
        }
        if (path.isEmpty() || path.startsWith(":memory:") || path.startsWith(":resource:")
                || url.matches(".*[?&]mode=memory(&.*)?")) {
            return null;
        }
        java.nio.file.Path file = dir.resolve(path);
        return java.nio.file.Files.exists(file) ? null : file;
    }
    @Override public String identityType(String sqlType) { return "integer"; }


    /** How long a write waits for another process's write lock, unless the URL says {@code busy_timeout=MS}. */
    static final int BUSY_TIMEOUT_MS = 30_000;
    private static final Pattern URL_BUSY_TIMEOUT = Pattern.compile("[?&]busy_timeout=(\\d+)");
    private static final int SQLITE_BUSY = 5;

    @Override public java.util.Properties connectionProperties() {
        java.util.Properties p = new java.util.Properties();
        // DEFERRED: the transaction that sqlite-jdbc opens after every commit takes no lock until it reads, and
        // only a shared one then. A read-only command therefore never holds the write lock (IMMEDIATE here made
        // every command hold it from connect to exit, refusing an application's writes); a migration takes it
        // explicitly, for its own transaction only (beginWrite).
        p.setProperty("transaction_mode", "DEFERRED");
        return p;
    }

    @Override public void configure(Connection c) throws SQLException {
        try (var st = c.createStatement()) {
            // Rebuilds drop and recreate tables that others reference: enforcement stays off while they run,
            // and each rebuild ends with an explicit foreign_key_check instead (SQLite's documented procedure).
            st.execute("pragma foreign_keys = off");
            st.execute("pragma busy_timeout = " + busyTimeout(c));
        }
        c.setAutoCommit(false);
    }

    /**
     * BEGIN IMMEDIATE for one migration's transaction: the write lock from its first statement, so that a second
     * process waits and then sees the versions the first one wrote. It first tries without waiting, to say that
     * it waits and for whom; it gives up after the busy timeout, naming the cause.
     */
    @Override public void beginWrite(Connection c, Consumer<String> waiting) throws SQLException {
        SQLiteConnection sc = sqlite(c);
        int timeout = busyTimeout(c);
        sc.getConnectionConfig().setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        sc.setBusyTimeout(0);
        try {
            c.rollback(); // ends the deferred transaction, begins an immediate one
            return;
        } catch (SQLException e) {
            if (e.getErrorCode() != SQLITE_BUSY) {
                throw e;
            }
        } finally {
            sc.setBusyTimeout(timeout);
        }
        waiting.accept("another process holds the write lock of " + file(c) + "; waiting for it (up to "
                + seconds(timeout) + ")");
        try (var st = c.createStatement()) {
            st.execute("begin immediate"); // the rollback above ended the transaction; its begin was refused
        } catch (SQLException e) {
            sc.getConnectionConfig().setTransactionMode(SQLiteConfig.TransactionMode.DEFERRED);
            try (var st = c.createStatement()) {
                st.execute("begin"); // back to the state autocommit-off code expects: a transaction is open
            }
            if (e.getErrorCode() == SQLITE_BUSY) {
                throw new DatabaseException("another process holds the write lock of " + file(c) + " and did not"
                        + " release it within " + seconds(timeout) + ": run again when it is done (an application"
                        + " in a long transaction, another autogen), or wait longer with busy_timeout=MS in the url", e);
            }
            throw e;
        }
    }

    @Override public void endWrite(Connection c, boolean commit) throws SQLException {
        // deferred first: sqlite-jdbc begins the next transaction as it ends this one, and that one must not
        // take the write lock again
        sqlite(c).getConnectionConfig().setTransactionMode(SQLiteConfig.TransactionMode.DEFERRED);
        Dialect.super.endWrite(c, commit);
    }

    @Override public void lock(Connection c) {
        // SQLite serialises writers itself: each migration's transaction takes the write lock (beginWrite).
    }

    @Override public void unlock(Connection c) {
    }

    private static SQLiteConnection sqlite(Connection c) throws SQLException {
        return c.unwrap(SQLiteConnection.class);
    }

    private static int busyTimeout(Connection c) throws SQLException {
        Matcher m = URL_BUSY_TIMEOUT.matcher(c.getMetaData().getURL());
        return m.find() ? Integer.parseInt(m.group(1)) : BUSY_TIMEOUT_MS;
    }

    private static String file(Connection c) throws SQLException {
        return c.getMetaData().getURL().replaceFirst("^" + URL_PREFIX, "").replaceFirst("\\?.*$", "");
    }

    private static String seconds(int ms) {
        return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
    }

    @Override public boolean reportsViolations(String sql) {
        return sql.startsWith(SqliteSql.FOREIGN_KEY_CHECK);
    }
}
