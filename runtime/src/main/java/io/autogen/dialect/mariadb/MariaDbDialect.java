package io.autogen.dialect.mariadb;

import io.autogen.dialect.Dialect;
import io.autogen.dialect.Dialects;
import io.autogen.dialect.DiffHints;
import io.autogen.dialect.LintProfile;
import io.autogen.dialect.SqlEmitter;
import io.autogen.source.catalog.CatalogInspector;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * MariaDB and MySQL, one dialect: {@code jdbc:mariadb:} (MariaDB Connector/J) and {@code jdbc:mysql:} (MySQL
 * Connector/J, or MariaDB's with {@code permitMysqlScheme}). DDL is not transactional: each statement commits on its
 * own, so every revision runs through the outside-transaction path (preflight, statements recorded, undo in reverse,
 * {@link #transactionalDdl}). Concurrent upgrades are serialised by {@code GET_LOCK}, a session lock the server
 * releases when the session ends. Names keep their case (as the server keeps table names under
 * {@code lower_case_table_names=0}); under 1 or 2 the server's lower case compares equal anyway.
 *
 * <p>Where MariaDB and MySQL differ, the server is asked ({@link #isMariaDb}): the check constraints' view, how
 * defaults are reported, the statement timeout.
 */
public final class MariaDbDialect implements Dialect {
    private static final String MARIADB = "jdbc:mariadb:";
    private static final String MYSQL = "jdbc:mysql:";

    private final MariaDbTypes types = new MariaDbTypes();
    private final MariaDbInspector inspector = new MariaDbInspector();
    private final MariaDbSql sql = new MariaDbSql();
    private final MariaDbLint lint = new MariaDbLint();

    @Override public String name() { return "mariadb"; }
    @Override public String title() { return "MariaDB/MySQL"; }
    @Override public boolean accepts(String url) { return url.startsWith(MARIADB) || url.startsWith(MYSQL); }
    @Override public String urlExample() { return MARIADB + "//HOST/DATABASE or " + MYSQL + "//HOST/DATABASE"; }
    @Override public String hibernateDialect() { return "org.hibernate.dialect.MariaDBDialect"; }
    /** MariaDB 10.11 (the LTS on this project's machines): native sequences, {@code uuid}, checks enforced. */
    @Override public String serverVersion() { return "10.11"; }
    @Override public List<String> driverLoggers() { return List.of("org.mariadb.jdbc", "com.mysql.cj"); }
    @Override public LintProfile lint() { return lint; }
    @Override public DiffHints hints() { return types; }
    @Override public CatalogInspector inspector() { return inspector; }
    @Override public SqlEmitter emitter() { return sql; }
    @Override public String foldCase(String identifier) { return identifier; }
    @Override public String identityType(String sqlType) { return sqlType; }

    /** Each DDL statement commits what came before it, and itself: no migration is one transaction here. */
    @Override public boolean transactionalDdl() { return false; }

    /** User and password as URL parameters, as both drivers read them (each only where the URL has none). */
    @Override public String withCredentials(String url, String user, String password) {
        return Dialects.withCredentialParameters(url, user, password);
    }

    /** What tells MariaDB Connector/J to read a {@code jdbc:mysql:} URL, which it otherwise leaves to MySQL's driver. */
    private static final String PERMIT_MYSQL_SCHEME = "permitMysqlScheme";

    /**
     * A {@code jdbc:mysql:} URL as written where a driver reads it (MySQL Connector/J, an application's); where none
     * does, with {@code permitMysqlScheme}, so that MariaDB Connector/J (the one the command line ships) reads it. A
     * Spring Boot application on MySQL declares {@code spring.datasource.url=jdbc:mysql://...}, and the command line
     * connects with it as it is.
     */
    @Override public String driverUrl(String url) {
        if (!url.startsWith(MYSQL) || url.contains(PERMIT_MYSQL_SCHEME) || readable(url)) {
            return url;
        }
        String adapted = url + (url.contains("?") ? "&" : "?") + PERMIT_MYSQL_SCHEME;
        return readable(adapted) ? adapted : url;
    }

    /** True when a JDBC driver on the class path takes {@code url}. */
    private static boolean readable(String url) {
        try {
            return DriverManager.getDriver(url) != null;
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * Autocommit off, as autogen's connections are; {@code PIPES_AS_CONCAT} added to the session's SQL mode, so that
     * the standard SQL a migration holds ({@code a || b} concatenates) means here what it means elsewhere.
     */
    @Override public void configure(Connection c) throws SQLException {
        try (var st = c.createStatement()) {
            st.execute("set session sql_mode = concat_ws(',', nullif(@@session.sql_mode, ''), 'PIPES_AS_CONCAT')");
        }
        c.setAutoCommit(false);
    }

    @Override public void useSchema(Connection c, String schema) throws SQLException {
        if (schema != null) {
            try (var st = c.createStatement()) {
                st.execute("use " + sql.quote(schema));
            }
            c.commit();
        }
    }

    /** The lock's name: one per database, so that upgrades of two databases on one server do not wait for each other. */
    private static final String LOCK_NAME = "concat('autogen:', coalesce(database(), ''))";

    /** A year: "wait for it" (MariaDB takes no negative timeout, MySQL does). */
    private static final long LOCK_WAIT_SECONDS = 31_536_000;

    /** {@code GET_LOCK} with no timeout: waits for another upgrade; the server releases it when a session dies. */
    @Override public void lock(Connection c) throws SQLException {
        try (var st = c.createStatement(); var rs = st.executeQuery("select get_lock(" + LOCK_NAME + ", " + LOCK_WAIT_SECONDS + ")")) {
            if (!rs.next() || rs.getInt(1) != 1) {
                throw new SQLException("cannot take the autogen lock (GET_LOCK) of this database");
            }
        }
    }

    @Override public void unlock(Connection c) throws SQLException {
        try (var st = c.createStatement(); var rs = st.executeQuery("select release_lock(" + LOCK_NAME + ")")) {
            rs.next();
        }
    }

    /**
     * The waits of a session: {@code lock_wait_timeout} (metadata locks, what DDL waits for) and
     * {@code innodb_lock_wait_timeout} (row locks) in whole seconds; MariaDB's {@code max_statement_time} in a
     * comment only MariaDB runs ({@code /*M! ... *}{@code /}), as MySQL bounds only SELECTs.
     */
    @Override public List<String> sessionTimeouts(Duration lock, Duration statement) {
        List<String> out = new ArrayList<>();
        if (lock != null && !lock.isZero()) {
            long s = Math.max(1, (lock.toMillis() + 999) / 1000);
            out.add("set session lock_wait_timeout = " + s + ", innodb_lock_wait_timeout = " + s);
        }
        if (statement != null && !statement.isZero()) {
            out.add("set session lock_wait_timeout = @@session.lock_wait_timeout /*M!100108 , max_statement_time = "
                    + statement.toMillis() / 1000.0 + " */");
        }
        return out;
    }

    @Override public List<String> timeouts(Duration lock, Duration statement) {
        return sessionTimeouts(lock, statement);
    }

    @Override public List<String> resetTimeouts() {
        return List.of("set session lock_wait_timeout = default, innodb_lock_wait_timeout = default"
                + " /*M!100108 , max_statement_time = default */");
    }

    /** ER_LOCK_WAIT_TIMEOUT (1205): a metadata or row lock waited longer than allowed. */
    @Override public boolean isLockTimeout(SQLException e) {
        return e.getErrorCode() == 1205;
    }

    /** Who else runs a statement on {@code table}: the first such session of the process list. */
    @Override public String lockHolder(Connection c, String table) {
        String q = "select id, user, host, command, time, left(info, 80) from information_schema.processlist"
                + " where id <> connection_id() and db = database() and info like ? order by time desc limit 1";
        try (var ps = c.prepareStatement(q)) {
            ps.setString(1, "%" + table + "%");
            try (var rs = ps.executeQuery()) {
                return rs.next() ? "session " + rs.getLong(1) + " (user " + rs.getString(2) + "@" + rs.getString(3)
                        + ", " + rs.getString(4) + " for " + rs.getLong(5) + " s, statement: " + rs.getString(6) + ")"
                        : null;
            }
        } catch (SQLException e) {
            return null; // the failure being reported matters more than who caused it
        }
    }

    /** True on MariaDB, false on MySQL: where the two differ, the server says which it is. */
    static boolean isMariaDb(Connection c) throws SQLException {
        String version = c.getMetaData().getDatabaseProductVersion();
        String product = c.getMetaData().getDatabaseProductName();
        return (product != null && product.toLowerCase(java.util.Locale.ROOT).contains("mariadb"))
                || (version != null && version.toLowerCase(java.util.Locale.ROOT).contains("mariadb"));
    }
}
