package io.autogen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.autogen.fixtures.TestDb;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input that used to slip through: an empty value is an error, never "use the default". */
public class BadInputTest {
    @TempDir Path dir;

    private Project project() throws Exception {
        return new Project(dir.resolve("p"), TestDb.sqlite(dir)).entity("AppUser", WorkflowTest.user(""));
    }

    public static void oneLineError(Project.Result r, String contains) {
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().startsWith("autogen: error: "), r.err());
        assertEquals(1, r.err().lines().count(), "one line: " + r.err());
        assertTrue(r.err().contains(contains), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace");
    }

    private static void noDatabaseFile(Project p) throws Exception {
        assertFalse(Files.exists(p.dir.resolve("autogen.db")), "no ./autogen.db created");
    }

    @Test
    void emptyUrlInTheFileIsAnError() throws Exception {
        Project p = project();
        p.run("-m", "init");
        Files.writeString(p.dir.resolve("autogen.properties"), "url=\nentities=entities\nmigrations=migrations\n");
        oneLineError(p.run("upgrade", "head"), "url is empty in autogen.properties");
        noDatabaseFile(p);
    }

    @Test
    void emptyUrlFlagOrEnvironmentIsAnError() throws Exception {
        Project p = project();
        p.run("-m", "init");
        oneLineError(p.run("--url", "", "upgrade", "head"), "--url is empty");
        oneLineError(p.runWithEnv(Map.of("AUTOGEN_URL", " "), "upgrade", "head"), "AUTOGEN_URL is empty");
        noDatabaseFile(p);
    }

    @Test
    void emptyMigrationsIsAnError() throws Exception {
        Project p = project();
        Files.writeString(p.dir.resolve("autogen.properties"), "url=" + p.db.url() + "\nentities=entities\nmigrations=\n");
        oneLineError(p.run("-m", "init"), "migrations is empty in autogen.properties");
        oneLineError(p.run("--migrations", "", "upgrade"), "--migrations is empty");
        try (var files = Files.list(p.dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".java")), "nothing written");
        }
    }

    @Test
    void migrationsThatIsARegularFileIsAnError() throws Exception {
        Project p = project();
        Files.writeString(p.dir.resolve("migrations"), "not a folder\n");
        oneLineError(p.run("upgrade", "head"), "migrations " + p.dir.resolve("migrations") + " is a file, not a folder");
        oneLineError(p.run("current"), "is a file, not a folder");
        oneLineError(p.run("check", "--offline"), "is a file, not a folder");
    }

    @Test
    void emptyMessageIsAnError() throws Exception {
        Project p = project();
        oneLineError(p.run("-m", ""), "-m is empty");
        oneLineError(p.run("revision", "-m", " "), "-m is empty");
        assertEquals(0, p.migrations().size());
        assertEquals(0, p.run("revision", "-m", "a").code());
        assertEquals(0, p.run("revision", "--head", "base", "-m", "b").code());
        oneLineError(p.run("merge", "-m", "", "heads"), "-m is empty");
        assertEquals(2, p.migrations().size(), "no merge revision written");
    }
}
