package io.autogen.cli;

import io.autogen.config.Settings;
import io.autogen.config.SettingsResolver;
import io.autogen.dialect.Dialects;
import io.autogen.error.AutogenException;
import io.autogen.runtime.VersionStore;
import io.autogen.workflow.Autogen;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;

/**
 * {@code doctor}: Java, the settings and where each came from, entity discovery, migrations, the database
 * connection and its version tables; for each problem, what to do. Exit 0 when all works (a database at base or
 * behind head is a step to take, listed under "To do"), 1 when something needs fixing (a setting that cannot be
 * resolved at all is exit 2, as for every command).
 */
@Command(name = "doctor", description = "Check Java, the settings (and where each came from), the entities, the database; say what to fix.",
        mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        footer = {"", "Example:",
                "  autogen doctor"})
final class DoctorCommand extends BaseCommand {
    private final List<String> fixes = new ArrayList<>();
    private final List<String> todo = new ArrayList<>();

    @Override public Integer call() {
        Runtime.Version v = Runtime.version();
        line("java", v.feature() >= 17 ? "ok" : "FAIL", System.getProperty("java.vm.name") + " " + v
                + " (" + System.getProperty("java.home") + ")");
        if (v.feature() < 17) {
            fixes.add("use Java 17 or later (JAVA_HOME)");
        }
        SettingsResolver.Resolved resolved = context().loader().resolve(options());
        Settings s = resolved.settings();
        out().println("settings" + (resolved.application().files().isEmpty() ? ""
                : " (the application's: " + String.join(", ", resolved.application().files()) + ")"));
        BaseCommand.describe(resolved).forEach(l -> out().println("  " + l.substring("setting ".length())));
        resolved.warnings().forEach(w -> line("settings", "note", w));
        Autogen autogen = new Autogen(s, context().clock(), context().ids());

        List<Path> missing = s.entities().stream().filter(p -> !Files.exists(p)).toList();
        if (!missing.isEmpty()) {
            line("entities", "FAIL", "not found: " + String.join(", ", missing.stream().map(Path::toString).toList()));
            fixes.add("set entities= in autogen.properties (or --entities, AUTOGEN_ENTITIES) to the entity source"
                    + " folder, class folder or jar");
        } else {
            try {
                long t0 = System.nanoTime();
                int tables = autogen.entitySchema().tables().size();
                line("entities", tables > 0 ? "ok" : "FAIL", tables + " tables mapped with " + autogen.hibernate()
                        + " in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
                if (tables == 0) {
                    fixes.add("no @Entity found under " + s.entities() + ": point entities= at the folder that holds them");
                }
            } catch (AutogenException e) {
                line("entities", "FAIL", e.getMessage());
                fixes.add("make the entities compile and map (see above); libraries they need go on classpath=");
            }
        }

        try {
            var graph = autogen.graph();
            line("migrations", "ok", graph.heads().isEmpty() ? "none yet in " + s.migrations()
                    : "heads " + String.join(", ", graph.heads()) + " in " + s.migrations()
                    + (s.migrationsJavaPackage().isEmpty() ? " (default package)" : " (package " + s.migrationsJavaPackage() + ")"));
            if (graph.heads().size() > 1) {
                fixes.add("several heads: autogen merge -m \"merge\" heads");
            }
        } catch (AutogenException e) {
            line("migrations", "FAIL", e.getMessage());
            fixes.add("fix the migration named above");
        }

        Connection connected = null;
        Path absent = autogen.absentDatabase();
        if (absent != null) { // not created by asking: a step to take
            line("database", "note", "no database at " + absent + " yet");
            todo.add("autogen upgrade head creates it and applies the migrations (or point url= in autogen.properties,"
                    + " AUTOGEN_URL or --url at yours)");
        } else try {
            connected = autogen.connectToRead();
        } catch (AutogenException e) {
            line("database", "FAIL", e.getMessage());
            fixes.add("check url (autogen -v doctor says where it came from) and that the database server is up");
        }
        if (connected != null) {
            try (Connection c = connected) {
                var md = c.getMetaData();
                line("database", "ok", md.getDatabaseProductName() + " " + md.getDatabaseProductVersion() + " at "
                        + Dialects.redact(s.url()));
                version(autogen, c);
            } catch (SQLException e) {
                line("database", "FAIL", "the server answered, then: " + e.getMessage());
                fixes.add("the database refused what doctor asked (above): check the user's rights on it");
            }
        }

        if (fixes.isEmpty()) {
            out().println(todo.isEmpty() ? "All good." : "To do:");
            todo.forEach(f -> out().println("  - " + f));
            return 0;
        }
        out().println("To fix:");
        fixes.forEach(f -> out().println("  - " + f));
        todo.forEach(f -> out().println("  - " + f));
        return 1;
    }

    /** Where the database stands: a fresh one (at base) or one behind head is a step to take, not a failure. */
    private void version(Autogen autogen, Connection c) throws SQLException {
        boolean managed = new VersionStore(autogen.dialect()).exists(c);
        c.rollback();
        if (!managed) {
            line("version", "note", "no autogen_version table yet: the database is at base");
            todo.add("autogen upgrade head creates the version tables and applies the migrations (or autogen"
                    + " stamp head adopts an existing database)");
            return;
        }
        try {
            var status = autogen.status();
            boolean atHead = status.current().equals(new java.util.TreeSet<>(status.heads()));
            line("version", atHead ? "ok" : "note", "at " + (status.current().isEmpty() ? "base"
                    : String.join(", ", status.current())) + (atHead ? " (head)" : ", head is " + status.heads()));
            if (!atHead) {
                todo.add("autogen upgrade head");
            }
        } catch (AutogenException e) {
            // the server answered: the message says what is wrong with the versions or the migrations, and what to do
            line("version", "FAIL", e.getMessage());
            fixes.add("see the version line above");
        }
    }

    private void line(String what, String status, String detail) {
        out().println(String.format("%-10s %-4s %s", what, status, detail));
    }
}
