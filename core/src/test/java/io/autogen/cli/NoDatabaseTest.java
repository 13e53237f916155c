package io.autogen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.autogen.fixtures.TestDb;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command that only reads never creates a database: on a SQLite URL whose file is absent, it says there is no
 * database there and how to point at one (exit 2), and leaves no file behind.
 */
class NoDatabaseTest {
    @TempDir Path dir;

    private Project project() throws Exception {
        return new Project(dir.resolve("p"), TestDb.sqlite(dir.resolve("db"))).entity("AppUser", WorkflowTest.user(""));
    }

    private static Path file(Project p) {
        return Path.of(p.db.url().substring("jdbc:sqlite:".length()));
    }

    private static void saysNoDatabase(Project.Result r, String what) {
        assertEquals(2, r.code(), what + ": " + r);
        assertEquals(1, r.err().lines().count(), what + ": one line: " + r.err());
        assertTrue(r.err().startsWith("autogen: error: no database at "), what + ": " + r.err());
        for (String how : List.of("url=", "autogen.properties", "--url", "AUTOGEN_URL")) {
            assertTrue(r.err().contains(how), what + " says how to point at one (" + how + "): " + r.err());
        }
    }

    @Test
    void readingCommandsLeaveNoFileBehind() throws Exception {
        Project p = project();
        Files.createDirectories(file(p).getParent());
        assertEquals(0, p.run("-m", "init").code(), "the first migration needs no database");
        for (List<String> args : List.of(List.of("check"), List.of("current"), List.of("lint"))) {
            saysNoDatabase(p.run(args.toArray(String[]::new)), String.join(" ", args));
            assertFalse(Files.exists(file(p)), String.join(" ", args) + " created the database");
        }
        var script = p.run("upgrade", "head", "--sql"); // as -m: from an empty database, which it does not create
        assertEquals(0, script.code(), script.toString());
        assertTrue(script.out().contains("create table app_user"), script.out());
        var history = p.run("history");
        assertEquals(0, history.code(), history.toString());
        assertTrue(history.out().contains("init"), history.out());
        var doctor = p.run("doctor");
        assertEquals(0, doctor.code(), "no database yet is a step to take: " + doctor);
        assertTrue(doctor.out().contains("no database at "), doctor.out());
        assertEquals(0, p.run("check", "--offline").code());
        assertFalse(Files.exists(file(p)), "a reading command created the database");
        // the commands that write create it, as before
        assertEquals(0, p.run("upgrade", "head").code());
        assertTrue(Files.exists(file(p)));
        assertEquals(0, p.run("check").code());
    }

    @Test
    void generatingTheFirstMigrationAndItsScriptLeaveNoFileBehind() throws Exception {
        Project p = project();
        Files.createDirectories(file(p).getParent());
        var gen = p.run("-m", "init");
        assertEquals(0, gen.code(), gen.toString());
        assertTrue(p.lastMigration().contains("op.createTable(\"app_user\""), p.lastMigration());
        assertFalse(Files.exists(file(p)), "-m created the database");
    }

    @Test
    void theDefaultUrlWithNoDatabaseConfigured() throws Exception {
        Project p = project();
        Files.writeString(p.dir.resolve("autogen.properties"), "entities=entities\nmigrations=migrations\n");
        var check = p.run("check");
        saysNoDatabase(check, "check");
        assertTrue(check.err().startsWith("autogen: error: no database at autogen.db: point at yours with url="), check.err());
        assertFalse(Files.exists(p.dir.resolve("autogen.db")));
        assertFalse(Files.exists(Path.of("autogen.db").toAbsolutePath()), "created where the JVM runs");
    }
}
