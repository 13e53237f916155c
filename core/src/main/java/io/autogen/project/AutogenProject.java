package io.autogen.project;

import io.autogen.AutogenMigrations.Applied;
import io.autogen.check.CheckReport;
import io.autogen.config.Settings;
import io.autogen.config.SettingsResolver;
import io.autogen.dialect.Dialects;
import io.autogen.diff.Renames;
import io.autogen.runtime.Migrator;
import io.autogen.source.isolation.ArtifactResolver;
import io.autogen.spi.Commands;
import io.autogen.spi.HibernateJars;
import io.autogen.spi.Overrides;
import io.autogen.workflow.ApplyWorkflow;
import io.autogen.workflow.Autogen;
import io.autogen.workflow.GenerateWorkflow;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * autogen as a library on a project folder: the whole workflow (generate, check, upgrade, current) with the settings
 * resolved as the command line resolves them; what the Maven plugin calls. Applying compiled migrations at start-up
 * needs only {@link io.autogen.AutogenMigrations}, in the small {@code autogen-runtime} artifact.
 */
public final class AutogenProject {
    private AutogenProject() {}

    /**
     * A project folder with its settings resolved: flag (here {@code overrides}) &gt; environment &gt;
     * autogen.properties &gt; the application's own settings &gt; defaults.
     */
    public static Project open(Path dir, Map<String, String> env, Overrides overrides) {
        SettingsResolver.Resolved resolved = new SettingsResolver(env, dir, url -> { }).resolve(overrides);
        return new Project(resolved, ArtifactResolver.jars(resolved.settings().cacheDir()), Commands.CLI);
    }

    /**
     * {@link #open(Path, Map, Overrides)} inside a build that resolved the application's class
     * path itself: the jars of the application's Hibernate (when it is not the bundled one) come from
     * {@code hibernateJars}, so autogen's own resolver never runs (inside Maven it would clash with Maven's).
     */
    public static Project open(Path dir, Map<String, String> env, Overrides overrides,
                                  HibernateJars hibernateJars) {
        return open(dir, env, overrides, hibernateJars, Commands.CLI);
    }

    /**
     * {@link #open(Path, Map, Overrides, HibernateJars)} whose fix hints name the commands as
     * {@code commands} spells them (a build tool's goals instead of the command line's commands).
     */
    public static Project open(Path dir, Map<String, String> env, Overrides overrides,
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

    /**
     * What {@code check} found: each difference ({@code kind} is {@code missing-migration}, {@code database-drift},
     * {@code not-at-head}, {@code unmanaged}, {@code edited-migration} or {@code incomplete-upgrade}), the SQL the
     * migrations run that a replay cannot model, and the fix, as the command line says it.
     */
    public record Check(List<Difference> differences, List<String> opaqueSql, String fix) {
        public Check {
            differences = List.copyOf(differences);
            opaqueSql = List.copyOf(opaqueSql);
        }

        public boolean clean() {
            return differences.isEmpty();
        }
    }

    /** One difference of a {@link Check}: its kind, the table and column it is about (null when none), in words. */
    public record Difference(String kind, String table, String column, String message) {}

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

        /**
         * The value {@code key} resolved to ({@code url} with its password masked, {@code entities} and
         * {@code classpath} joined with the path separator, {@code migrations}, {@code schema}, {@code naming}), or
         * null when it is not set.
         */
        public String setting(String key) {
            Settings s = resolved.settings();
            return switch (key) {
                case "url" -> Dialects.redact(s.url());
                case "entities" -> join(s.entities().stream().map(Path::toString).toList());
                case "classpath" -> join(s.classpath());
                case "migrations" -> s.migrations().toString();
                case "schema" -> s.schema();
                case "naming" -> s.naming();
                default -> null;
            };
        }

        private static String join(List<String> values) {
            return String.join(java.io.File.pathSeparator, values);
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
            GenerateWorkflow.RevisionResult r = autogen.revision(message, true, null, null, false,
                    new Renames.Choices(List.copyOf(renames), List.copyOf(renameTables), c -> false));
            return new Generated(r.file(), r.id(), r.operations().size(), r.findings().stream()
                    .map(f -> new Lint(f.severity().name(), f.line(commands))).toList());
        }

        /** {@code upgrade TARGET [--allow-edited]}, telling {@code progress} of each migration as it is applied. */
        public Upgraded upgrade(String target, boolean allowEdited, Consumer<Applied> progress) {
            ApplyWorkflow.UpgradeResult r = autogen.upgrade(target, allowEdited, s -> progress.accept(applied(s)));
            return new Upgraded(r.steps().stream().map(Project::applied).toList(), r.edited(), r.current(), r.incomplete());
        }

        /** {@code check [--offline]}. */
        public Check check(boolean offline) {
            CheckReport r = autogen.check(offline);
            return new Check(r.differences().stream()
                    .map(d -> new Difference(d.kind(), d.table(), d.column(), d.message())).toList(), r.opaqueSql(), r.fix());
        }

        /** {@code upgrade TARGET}. */
        public List<Applied> upgrade(String target, Consumer<Applied> progress) {
            return autogen.upgrade(target, false, s -> progress.accept(applied(s))).steps().stream()
                    .map(Project::applied).toList();
        }

        private static Applied applied(Migrator.Step s) {
            return new Applied(s.revision().id(), s.revision().message(), s.durationMs());
        }

        /** {@code current}: the revisions the database is at (empty: base). */
        public Set<String> current() {
            return autogen.status().current();
        }
    }
}
