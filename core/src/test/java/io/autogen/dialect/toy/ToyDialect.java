package io.autogen.dialect.toy;

import io.autogen.dialect.DiffHints;
import io.autogen.dialect.Dialect;
import io.autogen.dialect.LintProfile;
import io.autogen.dialect.SqlEmitter;
import io.autogen.dialect.postgres.PostgresDialect;
import io.autogen.source.catalog.CatalogInspector;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;

/**
 * A third dialect of the tests only, proving that one registered in {@code META-INF/services/io.autogen.dialect.Dialect}
 * joins every dialect suite through {@code io.autogen.fixtures.TestDialects} without an edit to a test class: PostgreSQL
 * under another name and URL prefix ({@code jdbc:toypg:}, which {@link ToyDriver} connects to PostgreSQL). Every
 * answer but its name, title and URLs is PostgreSQL's.
 *
 * <p>It joins only with {@code AUTOGEN_TOY_DIALECT=true} in the environment (what the processes a test starts inherit
 * too) or {@code -Dautogen.toyDialect=true}: otherwise its constructor refuses, and {@code Dialects} skips it as it
 * skips a dialect whose driver is missing.
 */
public final class ToyDialect implements Dialect {
    static final String URL_PREFIX = "jdbc:toypg:";

    private final Dialect pg = new PostgresDialect();

    public ToyDialect() {
        if (!enabled()) {
            throw new IllegalStateException("the toy dialect joins with AUTOGEN_TOY_DIALECT=true or -Dautogen.toyDialect=true");
        }
    }

    static boolean enabled() {
        return Boolean.getBoolean("autogen.toyDialect") || "true".equals(System.getenv("AUTOGEN_TOY_DIALECT"));
    }

    @Override public String name() { return "toypg"; }
    @Override public String title() { return "ToyPG"; }
    @Override public boolean accepts(String url) { return url.startsWith(URL_PREFIX); }
    @Override public String urlExample() { return URL_PREFIX + "//HOST/DATABASE"; }

    // everything else is PostgreSQL's

    @Override public String embeddedUrl(Path file) { return pg.embeddedUrl(file); }
    @Override public String withCredentials(String url, String user, String password) { return pg.withCredentials(url, user, password); }
    @Override public String hibernateDialect() { return pg.hibernateDialect(); }
    @Override public String hibernateArtifact() { return pg.hibernateArtifact(); }
    @Override public String serverVersion() { return pg.serverVersion(); }
    @Override public List<String> driverLoggers() { return pg.driverLoggers(); }
    @Override public void prepareDriver(Path userCache) { pg.prepareDriver(userCache); }
    @Override public LintProfile lint() { return pg.lint(); }
    @Override public DiffHints hints() { return pg.hints(); }
    @Override public CatalogInspector inspector() { return pg.inspector(); }
    @Override public SqlEmitter emitter() { return pg.emitter(); }
    @Override public String foldCase(String identifier) { return pg.foldCase(identifier); }
    @Override public String identityType(String sqlType) { return pg.identityType(sqlType); }
    @Override public List<String> versionTablesDdl() { return pg.versionTablesDdl(); }
    @Override public Path absentFile(String jdbcUrl, Path dir) { return pg.absentFile(jdbcUrl, dir); }
    @Override public Properties connectionProperties() { return pg.connectionProperties(); }
    @Override public void configure(Connection c) throws SQLException { pg.configure(c); }
    @Override public void useSchema(Connection c, String schema) throws SQLException { pg.useSchema(c, schema); }
    @Override public void lock(Connection c) throws SQLException { pg.lock(c); }
    @Override public void unlock(Connection c) throws SQLException { pg.unlock(c); }
    @Override public void beginWrite(Connection c, Consumer<String> waiting) throws SQLException { pg.beginWrite(c, waiting); }
    @Override public void endWrite(Connection c, boolean commit) throws SQLException { pg.endWrite(c, commit); }
    @Override public List<String> timeouts(Duration lock, Duration statement) { return pg.timeouts(lock, statement); }
    @Override public boolean runsOutsideTransactions() { return pg.runsOutsideTransactions(); }
    @Override public List<String> sessionTimeouts(Duration lock, Duration statement) { return pg.sessionTimeouts(lock, statement); }
    @Override public List<String> resetTimeouts() { return pg.resetTimeouts(); }
    @Override public boolean isLockTimeout(SQLException e) { return pg.isLockTimeout(e); }
    @Override public String lockHolder(Connection c, String table) { return pg.lockHolder(c, table); }
    @Override public boolean reportsViolations(String sql) { return pg.reportsViolations(sql); }
}
