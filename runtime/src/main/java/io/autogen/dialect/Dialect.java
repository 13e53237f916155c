package io.autogen.dialect;

import io.autogen.dialect.DiffHints;
import io.autogen.dialect.SqlEmitter;
import io.autogen.source.catalog.CatalogInspector;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * One database, and everything that differs between databases: the boundary every other package asks through. A
 * dialect is one package and one line in {@code META-INF/services/io.autogen.dialect.Dialect} ({@link Dialects}
 * loads them); no code outside a dialect package names a database or tests a URL prefix.
 */
public interface Dialect {
    /** Short name used in cache keys and tests: {@code postgresql}, {@code sqlite}. */
    String name();

    /** The database in words, for messages: {@code PostgreSQL}, {@code SQLite}. */
    String title();

    boolean accepts(String jdbcUrl);

    /** How a URL of this database is written, for the message that lists the URLs autogen accepts. */
    String urlExample();

    /**
     * The URL of an embedded database kept in {@code file} (the default a project without a configured URL uses is
     * {@code autogen.db} in its folder), or null where this database is a server; one dialect at most has one.
     */
    default String embeddedUrl(java.nio.file.Path file) {
        return null;
    }

    /**
     * {@code url} with {@code user} and {@code password} (each null when not declared) added as this database's
     * URLs carry them, where the URL does not carry them already; unchanged where such a URL cannot carry them.
     */
    default String withCredentials(String url, String user, String password) {
        return url;
    }

    /**
     * The URL autogen hands to {@code DriverManager} for {@code url} (the one the user wrote, credentials added):
     * {@code url} itself, unless no driver on the class path reads it as written and the driver this database's
     * dialect ships with reads it in another spelling. Messages keep quoting {@code url}.
     */
    default String driverUrl(String url) {
        return url;
    }

    /** Hibernate dialect class used to map entities for this database without connecting. */
    String hibernateDialect();

    /** The artifact of {@code org.hibernate.orm} that holds {@link #hibernateDialect()}. */
    default String hibernateArtifact() {
        return "hibernate-core";
    }

    /** The server version the entities are mapped for: Hibernate's dialect writes the DDL of this version. */
    String serverVersion();

    /** The loggers of this database's driver that autogen silences (their chatter is no message for a user). */
    default List<String> driverLoggers() {
        return List.of();
    }

    /**
     * Makes the driver ready before the first connection of a short-lived process, with {@code userCache} a folder
     * it may keep files in across runs (the SQLite driver's native library); nothing by default.
     */
    default void prepareDriver(java.nio.file.Path userCache) {
    }

    /** What the migration lint needs to know of this database (which operations lock, which forms are online). */
    default LintProfile lint() {
        return LintProfile.NONE;
    }

    DiffHints hints();

    CatalogInspector inspector();

    SqlEmitter emitter();

    /** How the database stores an identifier that was written unquoted. */
    String foldCase(String identifier);

    /** The SQL type an identity column of {@code sqlType} is declared with. */
    String identityType(String sqlType);

    /** Statements that create the version tables if they are missing (plain SQL both dialects accept). */
    default List<String> versionTablesDdl() {
        return List.of(
                "create table if not exists autogen_version (version_num varchar(32) not null primary key)",
                "create table if not exists autogen_history (revision varchar(32) not null primary key, "
                        + "message varchar(500), checksum varchar(80) not null, applied_at varchar(40) not null, "
                        + "duration_ms bigint not null)");
    }

    /**
     * The file that connecting to {@code jdbcUrl} would create because it is not there yet (relative paths resolved
     * in {@code dir}), so that a command that only reads can say so instead; null when the database is there, or is a
     * server's (connecting then says what is wrong, and creates nothing).
     */
    default java.nio.file.Path absentFile(String jdbcUrl, java.nio.file.Path dir) {
        return null;
    }

    /** Driver properties for a new connection. */
    default java.util.Properties connectionProperties() {
        return new java.util.Properties();
    }

    /** Prepares a fresh connection (pragmas, autocommit). */
    default void configure(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
    }

    /**
     * Makes {@code schema} the one unqualified names resolve to, so that what autogen reads and what it writes are
     * the same schema. Dialects without schemas ignore it.
     */
    default void useSchema(Connection connection, String schema) throws SQLException {
    }

    /** Takes the lock that makes concurrent upgrades apply each migration once; released by {@link #unlock}. */
    void lock(Connection connection) throws SQLException;

    void unlock(Connection connection) throws SQLException;

    /**
     * Starts the transaction of one migration (or other write), holding whatever lock makes writers wait their
     * turn, so that it reads the versions no other writer can move before it commits. {@code waiting} is told when
     * another process holds that lock and this one waits for it. Ended by {@link #endWrite}. Reads outside it take no such lock, so a database shared with an application stays writable.
     */
    default void beginWrite(Connection connection, java.util.function.Consumer<String> waiting) throws SQLException {
    }

    /**
     * Commits ({@code commit}) or rolls back what {@link #beginWrite} started; the connection is then back to
     * reading without holding any write lock.
     */
    default void endWrite(Connection connection, boolean commit) throws SQLException {
        if (commit) {
            connection.commit();
        } else {
            connection.rollback();
        }
    }

    /**
     * The statements that bound how long the current transaction waits for a lock and runs one statement (null:
     * no bound); they last until the transaction ends. Dialects without such settings return none.
     */
    default List<String> timeouts(java.time.Duration lock, java.time.Duration statement) {
        return List.of();
    }

    /**
     * True where a revision marked {@code transactional = false} runs outside a transaction (its online forms need
     * it); elsewhere such a revision runs in a transaction like any other, with the plain forms.
     */
    default boolean runsOutsideTransactions() {
        return false;
    }

    /**
     * False where each DDL statement commits on its own (MariaDB, MySQL: an implicit commit before and after it), so
     * that no migration can be one transaction: every revision then runs as one marked {@code transactional = false}
     * runs where {@link #runsOutsideTransactions} (refused before its first statement where it can be, each step
     * recorded, undone in reverse on a failure), whatever its {@code @Revision} says, and statements are sent one at a
     * time (a savepoint does not survive DDL).
     */
    default boolean transactionalDdl() {
        return true;
    }

    /** As {@link #timeouts}, for a session in autocommit (a revision outside a transaction); undone by {@link #resetTimeouts}. */
    default List<String> sessionTimeouts(java.time.Duration lock, java.time.Duration statement) {
        return List.of();
    }

    default List<String> resetTimeouts() {
        return List.of();
    }

    /** True when {@code e} says a statement gave up waiting for a lock (and can be retried as it is). */
    default boolean isLockTimeout(SQLException e) {
        return false;
    }

    /** Who holds a lock on {@code table} other than this session, in words; null when not known. */
    default String lockHolder(Connection connection, String table) {
        return null;
    }

    /** True for a statement that returns rows only when something is wrong (an integrity check). */
    default boolean reportsViolations(String sql) {
        return false;
    }
}
