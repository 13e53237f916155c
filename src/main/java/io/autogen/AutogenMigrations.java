package io.autogen;

import io.autogen.check.CheckReport;
import io.autogen.config.SettingsResolver;
import io.autogen.dialect.Dialect;
import io.autogen.dialect.Dialects;
import io.autogen.error.DatabaseException;
import io.autogen.runtime.ClasspathMigrationSource;
import io.autogen.runtime.Migrator;
import io.autogen.runtime.revision.RevisionGraph;
import io.autogen.hint.Commands;
import io.autogen.source.entity.HibernateJars;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * autogen as a library: what an application calls at start-up, what the Maven plugin and the Spring Boot
 * integration call, and what the command line is one more client of. Two kinds of use:
 * <ul>
 *   <li>{@link #upgrade(DataSource)}: the migrations compiled into the application (listed in
 *       {@value ClasspathMigrationSource#INDEX} by autogen's annotation processor), applied on a plain JRE, with no
 *       compiler and no configuration file;</li>
 *   <li>{@link #project}: the whole workflow on a project folder (generate, check, upgrade, current), with the
 *       settings resolved as the command line resolves them.</li>
 * </ul>
 * Results are autogen's own small records; {@code io.autogen.api} stays what migrations compile against.
 */
public final class AutogenMigrations {
    private AutogenMigrations() {}

    /** One migration applied: its revision, message and how long it took. */
    public record Applied(String revision, String message, long durationMs) {
        static Applied of(Migrator.Step s) {
            return new Applied(s.revision().id(), s.revision().message(), s.durationMs());
        }
    }

    // ------------------------------------------------------------------ compiled into the application

    /** Applies the application's compiled migrations up to head; returns what it applied, in order. */
    public static List<Applied> upgrade(DataSource dataSource) {
        return upgrade(dataSource, Thread.currentThread().getContextClassLoader(), "head", a -> { });
    }

    /**
     * Applies the compiled migrations {@code loader} sees up to {@code target} (head, heads, +N, a revision),
     * telling {@code progress} of each as it is applied.
     */
    public static List<Applied> upgrade(DataSource dataSource, ClassLoader loader, String target,
                                        Consumer<Applied> progress) {
        return withMigrator(dataSource, loader, (m, c) -> m.upgrade(c, target, s -> progress.accept(Applied.of(s)))
                .stream().map(Applied::of).toList());
    }

    /**
     * The kind of database {@code dataSource} connects to ({@code jdbc:h2}, say) when autogen supports none of that
     * kind; empty when it does. Callers that run on whatever database an application has (Spring start-up) stay
     * out of the way of the others.
     */
    public static java.util.Optional<String> unsupported(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            String url = c.getMetaData().getURL();
            if (Dialects.find(url).isPresent()) {
                return java.util.Optional.empty();
            }
            String[] parts = url == null ? new String[0] : url.split(":", 3);
            return java.util.Optional.of(parts.length >= 2 ? parts[0] + ":" + parts[1] : "this database");
        } catch (SQLException e) {
            throw new DatabaseException("database error: " + e.getMessage(), e);
        }
    }

    /** The revisions the database is at (empty: base), by the compiled migrations {@code loader} sees. */
    public static Set<String> current(DataSource dataSource, ClassLoader loader) {
        return withMigrator(dataSource, loader, (m, c) -> {
            Set<String> current = m.current(c);
            c.rollback();
            return current;
        });
    }

    private interface MigratorWork<T> {
        T run(Migrator migrator, Connection connection) throws SQLException;
    }

    /**
     * Runs {@code work} on a connection of {@code dataSource} configured as autogen needs it, with a migrator over
     * the compiled migrations {@code loader} sees; the connection's auto-commit is given back as it was.
     */
    private static <T> T withMigrator(DataSource dataSource, ClassLoader loader, MigratorWork<T> work) {
        ClasspathMigrationSource source = new ClasspathMigrationSource(loader);
        RevisionGraph graph = new RevisionGraph(source.revisions());
        try (Connection c = dataSource.getConnection()) {
            Dialect d = Dialects.forUrl(c.getMetaData().getURL());
            boolean autoCommit = c.getAutoCommit();
            d.configure(c);
            try {
                return work.run(new Migrator(d, null, graph, source, Clock.systemUTC()), c);
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new DatabaseException("database error: " + e.getMessage(), e);
        }
    }

    // ------------------------------------------------------------------ a project folder

    /**
     * A project folder with its settings resolved: flag (here {@code overrides}) &gt; environment &gt;
     * autogen.properties &gt; the application's own settings &gt; defaults.
     */
    public static Project project(Path dir, Map<String, String> env, SettingsResolver.Overrides overrides) {
        SettingsResolver.Resolved resolved = new SettingsResolver(env, dir, url -> { }).resolve(overrides);
        return new Project(resolved, HibernateJars.resolver(resolved.settings().cacheDir()), Commands.CLI);
    }

    /**
     * {@link #project(Path, Map, SettingsResolver.Overrides)} inside a build that resolved the application's class
     * path itself: the jars of the application's Hibernate (when it is not the bundled one) come from
     * {@code hibernateJars}, so autogen's own resolver never runs (inside Maven it would clash with Maven's).
     */
    public static Project project(Path dir, Map<String, String> env, SettingsResolver.Overrides overrides,
                                  HibernateJars hibernateJars) {
        return project(dir, env, overrides, hibernateJars, Commands.CLI);
    }

    /**
     * {@link #project(Path, Map, SettingsResolver.Overrides, HibernateJars)} whose fix hints name the commands as
     * {@code commands} spells them (a build tool's goals instead of the command line's commands).
     */
    public static Project project(Path dir, Map<String, String> env, SettingsResolver.Overrides overrides,
                                  HibernateJars hibernateJars, Commands commands) {
        return new Project(new SettingsResolver(env, dir, url -> { }).resolve(overrides), hibernateJars, commands);
    }

    /**
     * What {@code -m} wrote: the file (null when the entities and database agree), its revision and number of
     * operations, and the lint findings of its upgrade, each as {@code -m} prints it.
     */
    public record Generated(Path file, String revision, int operations, List<Lint> findings) {
        public Generated {
            findings = List.copyOf(findings);
        }
    }

    /** One lint finding: its severity ({@code error}, {@code warning}, {@code info}) and its line. */
    public record Lint(String severity, String line) {}

    /**
     * What {@code upgrade} did: the migrations applied, the applied revisions whose files were edited since (each
     * one a warning), the revisions the database is at now (empty: base), and what earlier failed runs outside a
     * transaction left that nothing could undo (each one a warning, until its revision applies).
     */
    public record Upgraded(List<Applied> applied, List<String> edited, Set<String> current, List<String> incomplete) {
        public Upgraded {
            applied = List.copyOf(applied);
            edited = List.copyOf(edited);
            current = Set.copyOf(current);
            incomplete = List.copyOf(incomplete);
        }

        /** The warning for an applied revision whose file changed since. */
        public static String editedWarning(String id) {
            return "revision " + id + " was edited after it was applied (its checksum differs from autogen_history):"
                    + " the database may not match the file; revert the edit, or write a new migration for the change";
        }
    }

    /** The workflow on one project; each method is one command. */
    public static final class Project {
        private final SettingsResolver.Resolved resolved;
        private final Autogen autogen;

        private final Commands commands;

        Project(SettingsResolver.Resolved resolved, HibernateJars hibernateJars, Commands commands) {
            this.commands = commands;
            this.resolved = resolved;
            java.security.SecureRandom random = new java.security.SecureRandom();
            this.autogen = new Autogen(resolved.settings(), Clock.systemUTC(), () -> {
                byte[] b = new byte[6];
                random.nextBytes(b);
                return java.util.HexFormat.of().formatHex(b);
            }, hibernateJars, commands);
        }

        public Settings settings() {
            return resolved.settings();
        }

        /** Each setting's origin (flag, environment, file, the application's file and key, default). */
        public Map<String, String> origins() {
            return resolved.origins();
        }

        /** The Hibernate that maps the entities and where its version came from, as {@code -v} says it. */
        public String hibernate() {
            return autogen.hibernate().toString();
        }

        /** {@code autogen -m MESSAGE}: the file written, or null when the entities and database agree. */
        public Path generate(String message) {
            return autogen.revision(message, true, null, null, false).file();
        }

        /**
         * {@code autogen -m MESSAGE --rename TABLE.OLD=NEW... --rename-table OLD=NEW...}: likely renames the flags
         * do not name stay drop + add, with a finding that names the flag.
         */
        public Generated generate(String message, List<String> renames, List<String> renameTables) {
            Autogen.RevisionResult r = autogen.revision(message, true, null, null, false,
                    new Autogen.RenameChoices(List.copyOf(renames), List.copyOf(renameTables), c -> false));
            return new Generated(r.file(), r.id(), r.operations().size(), r.findings().stream()
                    .map(f -> new Lint(f.severity().name(), f.line(commands))).toList());
        }

        /** {@code upgrade TARGET [--allow-edited]}, telling {@code progress} of each migration as it is applied. */
        public Upgraded upgrade(String target, boolean allowEdited, Consumer<Applied> progress) {
            Autogen.UpgradeResult r = autogen.upgrade(target, allowEdited, s -> progress.accept(Applied.of(s)));
            return new Upgraded(r.steps().stream().map(Applied::of).toList(), r.edited(), r.current(), r.incomplete());
        }

        /** {@code check [--offline]}. */
        public CheckReport check(boolean offline) {
            return autogen.check(offline);
        }

        /** {@code upgrade TARGET}. */
        public List<Applied> upgrade(String target, Consumer<Applied> progress) {
            return autogen.upgrade(target, false, s -> progress.accept(Applied.of(s))).steps().stream()
                    .map(Applied::of).toList();
        }

        /** {@code current}: the revisions the database is at (empty: base). */
        public Set<String> current() {
            return autogen.status().current();
        }
    }
}
