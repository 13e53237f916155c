package io.autogen.cli;

import io.autogen.source.MissingLibraryTest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.autogen.fixtures.TestDb;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Progress, colour, completion, doctor, and a clean first screen from ./autogen. */
class ComfortsTest {
    @TempDir Path dir;

    private static Project sample(Path dir, TestDb db) throws Exception {
        Project p = new Project(dir.resolve("p"), db);
        Files.writeString(p.dir.resolve("autogen.properties"), "url=" + db.url() + "\nentities="
                + Path.of("sample-entities").toAbsolutePath() + "\nmigrations=" + Path.of("migrations").toAbsolutePath() + "\n");
        return p;
    }

    private static Project.Result runOnTerminal(Project p, Map<String, String> env, String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err), env, p.dir,
                Clock.fixed(Instant.parse("2026-11-22T05:30:00Z"), ZoneOffset.UTC), () -> "0000000000aa", true);
        return new Project.Result(code, out.toString(), err.toString());
    }

    @Test
    void upgradeCountsOnATerminalInColourUnlessNoColorAndPrintsPlainLinesInAPipe() throws Exception {
        Project p = sample(dir, TestDb.sqlite(dir));
        var r = runOnTerminal(p, Map.of("NO_COLOR", "1"), "upgrade", "+2");
        assertEquals(0, r.code(), r.toString());
        List<String> lines = r.out().lines().toList();
        assertEquals(2, lines.size(), r.out());
        assertTrue(lines.get(0).matches("\\[1/2] [0-9a-f]{8} initial schema \\.\\.\\. \\d+ ms"), lines.get(0));
        assertTrue(lines.get(1).matches("\\[2/2] [0-9a-f]{8} add bio column to users \\.\\.\\. \\d+ ms"), lines.get(1));
        r = runOnTerminal(p, Map.of(), "upgrade", "+1");
        assertTrue(r.out().contains("\u001b["), "colour on a terminal: " + r.out());
        assertTrue(r.out().contains("[1/1]"), r.out());
        r = p.run("upgrade", "head"); // a pipe
        assertEquals(0, r.code(), r.toString());
        assertFalse(r.out().contains("\u001b") || r.out().contains("[1/"), r.out());
        assertTrue(r.out().startsWith("Applied "), r.out());
    }

    @Test
    void completionScriptsComeFromTheCommandLine() throws Exception {
        Project p = new Project(dir.resolve("p"), TestDb.sqlite(dir));
        var r = p.run("completion", "bash");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("complete -F"), r.out());
        for (String word : List.of("upgrade", "doctor", "--url", "--profile")) {
            assertTrue(r.out().contains(word), word);
        }
        var zsh = p.run("completion", "zsh");
        assertTrue(zsh.out().startsWith("autoload -U +X compinit"), zsh.out());
        BadInputTest.oneLineError(p.run("completion", "fish"), "expected one of [bash, zsh]");
    }

    @Test
    void doctorSaysWhatIsWellAndWhatToFix() throws Exception {
        TestDb db = TestDb.sqlite(dir);
        Project p = sample(dir, db);
        var r = p.run("doctor");
        assertEquals(0, r.code(), "a fresh database is a step to take, not a failure: " + r);
        assertTrue(r.out().contains("To do:"), r.out());
        assertTrue(r.out().contains("java       ok   "), r.out());
        assertTrue(r.out().contains("url = " + db.url() + "  [autogen.properties]"), r.out());
        assertTrue(r.out().matches("(?s).*entities   ok   \\d+ tables mapped with Hibernate.*"), r.out());
        // no database yet (asking does not create it): upgrade head makes it
        assertTrue(r.out().contains("database   note no database at "), r.out());
        assertTrue(r.out().contains("- autogen upgrade head creates it"), r.out());
        db.connect().close(); // an empty database
        r = p.run("doctor");
        assertEquals(0, r.code(), "a fresh database is a step to take, not a failure: " + r);
        assertTrue(r.out().contains("database   ok   SQLite"), r.out());
        assertTrue(r.out().contains("- autogen upgrade head creates the version tables"), r.out());
        assertEquals(0, p.run("upgrade", "head").code());
        r = p.run("doctor");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().endsWith("All good.\n"), r.out());
        r = p.run("doctor", "--url", "jdbc:postgresql://127.0.0.1:1/nothing?user=x&password=hunter2");
        assertEquals(1, r.code(), r.toString());
        assertTrue(r.out().contains("database   FAIL cannot connect"), r.out());
        assertFalse(r.out().contains("hunter2"), r.out());

        // the server answers, the versions do not fit the migrations: the hint names that, not the server
        db.exec("update autogen_version set version_num = 'ffffffffffff'");
        r = p.run("doctor");
        assertEquals(1, r.code(), r.toString());
        assertTrue(r.out().contains("database   ok   SQLite"), r.out());
        assertTrue(r.out().contains("version    FAIL the database is at revision ffffffffffff, which no file"), r.out());
        assertFalse(r.out().contains("database server is up"), r.out());
    }

    /** The first run of ./autogen builds the jar: the build's escape codes and chatter stay off the screen. */
    @Test
    void theFirstRunOfTheScriptPrintsOneCleanLine() throws Exception {
        Path checkout = Files.createDirectories(dir.resolve("checkout"));
        Files.copy(Path.of("autogen"), checkout.resolve("autogen"));
        // a tiny "autogen" jar, and a mvn that prints what Maven 3.8 prints (escape codes) and "builds" it
        Path classes = MissingLibraryTest.compile(dir.resolve("classes"), List.of(), "hello/Main.java",
                "package hello; public class Main { public static void main(String[] a) { System.out.println(\"hello \" + String.join(\" \", a)); } }");
        Path jar = dir.resolve("hello.jar");
        Manifest mf = new Manifest();
        mf.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        mf.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "hello.Main");
        try (var j = new JarOutputStream(Files.newOutputStream(jar), mf)) {
            j.putNextEntry(new JarEntry("hello/Main.class"));
            j.write(Files.readAllBytes(classes.resolve("hello/Main.class")));
            j.closeEntry();
        }
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Files.writeString(bin.resolve("mvn"), "#!/bin/sh\nprintf '\\033[0m\\033[0m'\nprintf '\\033[0m' >&2\nmkdir -p target\ncp "
                + jar + " target/autogen.jar\n");
        bin.resolve("mvn").toFile().setExecutable(true);
        ProcessBuilder pb = new ProcessBuilder("sh", checkout.resolve("autogen").toString(), "--version").directory(dir.toFile());
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        Path err = dir.resolve("err.txt");
        Process proc = pb.redirectError(err.toFile()).start();
        String out = new String(proc.getInputStream().readAllBytes());
        assertEquals(0, proc.waitFor());
        assertEquals("hello --version\n", out);
        assertEquals("autogen: building target/autogen.jar (first run only)...\n", Files.readString(err));
        // the second run builds nothing and says nothing (stderr to the same file, anew)
        proc = pb.start();
        assertEquals("hello --version\n", new String(proc.getInputStream().readAllBytes()));
        assertEquals(0, proc.waitFor());
        assertEquals("", Files.readString(err));
    }

}
