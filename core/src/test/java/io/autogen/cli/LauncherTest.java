package io.autogen.cli;

import io.autogen.diff.RenameTest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./autogen} launcher: the first command that maps entities saves a class-data archive, later commands
 * start from it, and an archive that does not fit (another jar, damaged) is ignored without a word.
 */
class LauncherTest {
    @TempDir Path dir;

    /** A copy of the launcher beside a runnable target/autogen.jar made of this build's classes. */
    private Path launcher() throws IOException {
        Path home = dir.resolve("checkout");
        Files.createDirectories(home.resolve("target"));
        Path script = Files.isRegularFile(Path.of("autogen")) ? Path.of("autogen") : Path.of("../autogen"); // core/ runs the tests
        Files.copy(script, home.resolve("autogen"));
        home.resolve("autogen").toFile().setExecutable(true);
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        m.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Main.class.getName());
        List<String> path = new ArrayList<>();
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
            path.add(Path.of(e).toUri().toString());
        }
        m.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", path));
        try (OutputStream os = Files.newOutputStream(home.resolve("target/autogen.jar"));
             JarOutputStream jar = new JarOutputStream(os, m)) {
            // the classes come through the manifest's class path
        }
        return home.resolve("autogen");
    }

    private Project.Result run(Path launcher, Path project, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("sh", launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(project.toFile());
        pb.environment().putAll(Map.of("XDG_CACHE_HOME", dir.resolve("xdg").toString(), "AUTOGEN_DAEMON", "off"));
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process p = pb.redirectError(err.toFile()).start();
        String out = new String(p.getInputStream().readAllBytes());
        return new Project.Result(p.waitFor(), out, Files.readString(err));
    }

    private List<Path> archives() throws IOException {
        Path cds = dir.resolve("xdg/autogen/cds");
        if (!Files.isDirectory(cds)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(cds)) {
            return s.toList();
        }
    }

    @Test
    void theFirstMappingSavesAnArchiveAndLaterCommandsStartFromIt() throws Exception {
        Path launcher = launcher();
        try (var db = io.autogen.fixtures.TestDb.of("sqlite", dir)) {
            Project p = new Project(dir.resolve("p"), db).entity("AppUser",
                    RenameTest.USER.formatted("app_user", "name", "name"));
            Project.Result heads = run(launcher, p.dir, "heads");
            assertEquals(0, heads.code(), heads.toString());
            assertEquals(List.of(), archives(), "a command that maps no entity saves no archive");

            Project.Result first = run(launcher, p.dir, "-m", "init");
            assertEquals(0, first.code(), first.toString());
            assertEquals("", first.err(), "nothing about the archive on the console");
            assertEquals(1, archives().size(), archives().toString());
            assertTrue(Files.size(archives().get(0)) > 1 << 20, "an archive of the classes a mapping loads");

            Project.Result check = run(launcher, p.dir, "check", "--offline");
            assertEquals(0, check.code(), check.toString());
            assertEquals("", check.err());
            assertEquals(1, archives().size(), "used, not saved again");

            // damaged: ignored without a word, and the command does what it does
            archives().get(0).toFile().setWritable(true);
            Files.write(archives().get(0), new byte[] {1, 2, 3});
            Project.Result damaged = run(launcher, p.dir, "check", "--offline");
            assertEquals(check, damaged);
        }
    }
}
