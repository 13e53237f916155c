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

/** Bad input: one line starting "autogen: error:", exit 2, no file written, no stack trace without --debug. */
class ErrorsTest {
    @TempDir Path dir;

    private Project project() throws Exception {
        return new Project(dir.resolve("p"), TestDb.sqlite(dir)).entity("AppUser", WorkflowTest.user(""));
    }

    private static void oneLineError(Project.Result r, String contains) {
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().startsWith("autogen: error: "), r.err());
        assertEquals(1, r.err().lines().count(), "one line: " + r.err());
        assertTrue(r.err().contains(contains), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace");
    }

    @Test
    void unknownOption() throws Exception {
        oneLineError(project().run("upgrade", "--frobnicate"), "Unknown option: '--frobnicate'");
    }

    @Test
    void missingEntitiesFolder() throws Exception {
        Project p = project();
        oneLineError(p.run("--entities", "nowhere", "-m", "x"), "entity path");
        assertEquals(0, p.migrations().size());
    }

    @Test
    void entityThatDoesNotCompileNamesFileAndLine() throws Exception {
        Project p = project().entity("Broken", "@Entity public class Broken {\n  @Id Long id;\n  Strin name;\n}\n");
        var r = p.run("-m", "x");
        oneLineError(r, "entities/app/Broken.java:8:");
        assertEquals(0, p.migrations().size());
    }

    @Test
    void entityThatDoesNotMap() throws Exception {
        Project p = project().entity("NoId", "@Entity public class NoId {\n  String name;\n}\n");
        var r = p.run("-m", "x");
        oneLineError(r, "entities do not map");
        assertTrue(r.err().contains("NoId"), r.err());
        assertEquals(0, p.migrations().size());
    }

    @Test
    void unreachableDatabase() throws Exception {
        Project p = project();
        var r = p.run("--url", "jdbc:postgresql://127.0.0.1:1/nope?user=x&password=secret", "-m", "x");
        oneLineError(r, "cannot connect to jdbc:postgresql://127.0.0.1:1/nope?user=x&password=***");
        assertFalse(r.err().contains("secret"), "never print a password");
        assertEquals(0, p.migrations().size());
    }

    @Test
    void unsupportedUrl() throws Exception {
        oneLineError(project().run("--url", "jdbc:h2:mem:x", "current"), "unsupported database URL");
    }

    @Test
    void unknownTarget() throws Exception {
        Project p = project();
        p.run("-m", "init");
        oneLineError(p.run("upgrade", "no_such_revision"), "unknown revision no_such_revision");
    }

    @Test
    void malformedAndCyclicGraphs() throws Exception {
        Project p = project();
        Files.createDirectories(p.dir.resolve("migrations"));
        Files.writeString(p.dir.resolve("migrations/M1.java"), "@Revision(id = \"aaaaaaaaaaaa\", parents = {\"bbbbbbbbbbbb\"})\n"
                + "public class M1 {}\n");
        Files.writeString(p.dir.resolve("migrations/M2.java"), "@Revision(id = \"bbbbbbbbbbbb\", parents = {\"aaaaaaaaaaaa\"})\n"
                + "public class M2 {}\n");
        oneLineError(p.run("heads"), "cycle");
        Files.writeString(p.dir.resolve("migrations/M2.java"), "@Revision(id = \"nothex\") public class M2 {}\n");
        oneLineError(p.run("history"), "M2.java");
    }

    @Test
    void historyNeedsNoDatabase() throws Exception {
        Project p = project();
        assertEquals(0, p.run("revision", "-m", "first").code());
        var missing = p.run("history");
        assertEquals(0, missing.code(), missing.toString());
        assertEquals("<base> -> 0000000a0001 (head), first\n", missing.out());
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.toString().endsWith(".db")), "history creates no SQLite file");
        }
        var down = p.run("--url", "jdbc:postgresql://127.0.0.1:1/nope?user=x", "history");
        assertEquals(0, down.code(), down.toString());
        assertEquals("<base> -> 0000000a0001 (head), first\n", down.out());
        assertTrue(down.err().startsWith("autogen: warning: cannot connect to"), down.err());
    }

    @Test
    void debugShowsTheStackTrace() throws Exception {
        var r = project().run("--debug", "--url", "jdbc:mysql://x", "current");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("\tat "), r.err());
    }

    @Test
    void neverOverwritesAnExistingFileAndKeepsTheListingChronological() throws Exception {
        Project p = project();
        Files.createDirectories(p.dir.resolve("migrations"));
        // a file created in the same second as the next command's: the new one is written a second later
        Path taken = p.dir.resolve("migrations/M20261122_053100_Init.java");
        String mine = "// mine\n@Revision(id = \"cccccccccccc\", parents = {})\npublic class M20261122_053100_Init {}\n";
        Files.writeString(taken, mine);
        var r = p.run("revision", "-m", "init");
        assertEquals(0, r.code(), r.toString());
        assertEquals(mine, Files.readString(taken));
        assertEquals(List.of("M20261122_053100_Init.java", "M20261122_053101_Init.java"),
                p.migrations().stream().map(f -> f.getFileName().toString()).toList(), "no temporary file left behind");
    }

    @Test
    void globalOptionsBeforeOrAfterTheSubcommand() throws Exception {
        Project p = project();
        assertEquals(0, p.run("-m", "init").code());
        assertEquals(p.run("-q", "heads").out(), p.run("heads", "-q").out());
        assertEquals(2, p.run("--migrations", "elsewhere", "upgrade", "0000000a0001").code());
    }
}
