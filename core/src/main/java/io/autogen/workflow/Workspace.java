package io.autogen.workflow;

import io.autogen.cache.ProjectCache;
import io.autogen.compile.CompilingMigrationSource;
import io.autogen.compile.InMemoryCompiler;
import io.autogen.config.Settings;
import io.autogen.dialect.Dialect;
import io.autogen.dialect.Dialects;
import io.autogen.error.ConfigException;
import io.autogen.error.DatabaseException;
import io.autogen.lint.Linter;
import io.autogen.model.Schema;
import io.autogen.revision.RevisionReader;
import io.autogen.runtime.ClasspathMigrationSource;
import io.autogen.runtime.Facts;
import io.autogen.runtime.JdbcBackend;
import io.autogen.runtime.Migrator;
import io.autogen.runtime.VersionStore;
import io.autogen.runtime.revision.RevisionFile;
import io.autogen.runtime.revision.RevisionGraph;
import io.autogen.source.catalog.TableFilter;
import io.autogen.source.entity.EntityDiscovery;
import io.autogen.source.entity.EntityModel;
import io.autogen.source.isolation.HibernateRuntime;
import io.autogen.source.mapping.MappingTarget;
import io.autogen.spi.Commands;
import io.autogen.spi.HibernateJars;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One project as every workflow sees it: its settings and dialect, its inputs (the entities' schema, the revision
 * graph, the migrations to run) and its database, reached through {@link #read} and {@link #write}, the one place
 * that connects and turns a JDBC failure into autogen's error.
 */
final class Workspace {
    /** The key that names the application's Hibernate version. */
    static final String HIBERNATE_VERSION = "hibernate.version";

    final Settings settings;
    final Dialect dialect;
    final TableFilter filter;
    final Commands commands;
    final Clock clock;
    private final HibernateJars hibernateJars;
    private HibernateRuntime hibernate;
    private volatile String mappingNote = "";

    Workspace(Settings settings, Clock clock, HibernateJars hibernateJars, Commands commands) {
        this.settings = settings;
        this.clock = clock;
        this.hibernateJars = Objects.requireNonNull(hibernateJars, "hibernateJars");
        this.commands = Objects.requireNonNull(commands, "commands");
        this.dialect = Dialects.forUrl(settings.url());
        this.filter = new TableFilter(settings.excludeTables());
    }

    // ------------------------------------------------------------------ inputs

    /** The schema the entities describe, for this dialect, as the application's Hibernate maps them. */
    Schema entitySchema() {
        HibernateRuntime runtime = hibernate();
        var discovery = new EntityDiscovery(settings.classpath(), settings.cacheDir(), settings.namingClasses(), runtime);
        Map<String, String> hibernateSettings = new java.util.TreeMap<>(settings.hibernate());
        hibernateSettings.remove(HIBERNATE_VERSION); // autogen's setting, not Hibernate's
        EntityModel model = new EntityModel(MappingTarget.of(dialect), settings.naming(), hibernateSettings, runtime);
        Schema schema = filter.apply(model.load(discovery, settings.entities(), new ProjectCache(settings.cacheDir())));
        mappingNote = model.lastNote();
        return schema;
    }

    /** How the entities were last mapped, in one line (Bean Validation constraints applied or not, and why), or "". */
    String mappingNote() {
        return mappingNote;
    }

    /** The Hibernate that maps the entities (found once per command), and where its version came from. */
    synchronized HibernateRuntime hibernate() {
        if (hibernate == null) {
            hibernate = HibernateRuntime.forProject(settings.hibernate().get(HIBERNATE_VERSION), settings.classpath(),
                    dialect.hibernateArtifact(), hibernateJars);
        }
        return hibernate;
    }

    RevisionGraph graph() {
        return new RevisionGraph(new RevisionReader().read(settings.migrations()));
    }

    /** The migrator over the project's migration sources, compiled as they are needed. */
    Migrator migrator(RevisionGraph graph) {
        List<String> cp = new ArrayList<>(InMemoryCompiler.processClasspath());
        cp.addAll(settings.classpath());
        return new Migrator(dialect, settings.schema(), graph,
                new CompilingMigrationSource(cp, new ProjectCache(settings.cacheDir())), clock)
                .withTimeouts(settings.lockTimeout(), settings.statementTimeout());
    }

    /** The lint as this database needs it, with the facts {@code facts} knows. */
    Linter linter(Facts facts) {
        return new Linter(Linter.Target.of(dialect), facts, commands);
    }

    // ------------------------------------------------------------------ the database

    /** Work on a connection; what a {@link SQLException} means is said once, by {@link #read} and {@link #write}. */
    interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * Runs {@code work} on a connection to a database that is there: where connecting would create the database (a
     * file that is absent), it says so instead, and creates nothing.
     */
    <T> T read(SqlWork<T> work) {
        return on(connectToRead(), work);
    }

    /** Runs {@code work} on a connection that may create the database (a command that writes). */
    <T> T write(SqlWork<T> work) {
        return on(connect(), work);
    }

    /**
     * Runs {@code work} on a connection to the database, or on null where the database is not there yet (a file
     * connecting would create): a command that starts from an empty database creates none.
     */
    <T> T ifPresent(SqlWork<T> work) {
        return on(absentDatabase() != null ? null : connect(), work);
    }

    private static <T> T on(Connection connection, SqlWork<T> work) {
        try (Connection c = connection) {
            return work.run(c);
        } catch (SQLException e) {
            throw new DatabaseException("database error: " + e.getMessage(), e);
        }
    }

    Connection connect() {
        try {
            Connection c = DriverManager.getConnection(dialect.driverUrl(settings.url()), dialect.connectionProperties());
            dialect.configure(c);
            dialect.useSchema(c, settings.schema());
            return c;
        } catch (SQLException e) {
            throw new DatabaseException("cannot connect to " + Dialects.redact(settings.url()) + ": "
                    + firstLine(e.getMessage()) + " (check url in autogen.properties, AUTOGEN_URL or --url)", e);
        }
    }

    Connection connectToRead() {
        Path absent = absentDatabase();
        if (absent != null) {
            Path shown = absent.startsWith(settings.projectDir()) ? settings.projectDir().relativize(absent) : absent;
            throw new ConfigException("no database at " + shown + ": point at yours with url= in autogen.properties,"
                    + " AUTOGEN_URL or --url (" + commands.upgrade("head") + " creates this one)");
        }
        return connect();
    }

    /** The database file connecting would create, or null (see {@link Dialect#absentFile}). */
    Path absentDatabase() {
        return dialect.absentFile(settings.url(), settings.projectDir());
    }

    /** The live schema, with the tables autogen leaves alone filtered out. */
    Schema inspect(Connection c) {
        return filter.apply(new JdbcBackend(c, dialect, settings.schema()).inspect());
    }

    // ------------------------------------------------------------------ edited migrations

    /** Applied revisions whose migration file changed since they were applied. */
    static List<String> edited(RevisionGraph graph, Map<String, VersionStore.Applied> applied) {
        List<String> out = new ArrayList<>();
        applied.forEach((rev, a) -> {
            boolean fromClass = a.checksum().startsWith(ClasspathMigrationSource.CLASS_CHECKSUM_PREFIX);
            if (!fromClass && graph.contains(rev) && !graph.get(rev).checksum().equals(a.checksum())) {
                out.add(rev);
            }
        });
        return out;
    }
    /**
     * What an edited applied migration is, for people: its revision, its file, and that its code no longer matches
     * the checksum recorded when it was applied (the applied code itself is not stored, so that is all that is known).
     */
    List<String> describeEdited(RevisionGraph graph, Map<String, VersionStore.Applied> applied,
                                       List<String> edited) {
        List<String> out = new ArrayList<>();
        for (String id : edited) {
            RevisionFile r = graph.get(id);
            Path file = r.file() == null ? null : r.file().toAbsolutePath();
            String where = file == null ? "" : " (" + (file.startsWith(settings.projectDir())
                    ? settings.projectDir().relativize(file) : file) + ")";
            VersionStore.Applied a = applied.get(id);
            out.add("revision " + id + where + " was edited after it was applied"
                    + (a == null ? "" : " at " + a.appliedAt())
                    + ": its code no longer matches the checksum recorded in autogen_history");
        }
        return out;
    }

    static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }

    static String describe(java.util.Set<String> heads) {
        return heads.isEmpty() ? "base" : String.join(", ", heads);
    }
}
