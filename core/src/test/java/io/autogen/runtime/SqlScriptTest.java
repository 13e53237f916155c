package io.autogen.runtime;

import io.autogen.cli.AppProject;
import io.autogen.cli.JsonReader;
import io.autogen.cli.Project;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.autogen.fixtures.Entities;
import io.autogen.fixtures.TestDb;
import io.autogen.fixtures.TestDialects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code upgrade head --sql} piped into the database's own client (psql, sqlite3) builds the same catalog as
 * {@code upgrade head}.
 */
class SqlScriptTest {
    @TempDir Path dir;

    static Stream<Arguments> dialectsAndSets() {
        return TestDialects.times("sample", "zoo");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dialectsAndSets")
    void scriptBuildsTheSameCatalog(String dialect, String set) throws Exception {
        Path entities = (set.equals("sample") ? Entities.SAMPLE : Entities.ZOO).toAbsolutePath();
        try (TestDb viaCli = TestDb.of(dialect, dir); TestDb viaScript = TestDb.of(dialect, dir)) {
            Project p = new Project(dir.resolve("p"), viaCli);
            Files.writeString(p.dir.resolve("autogen.properties"), "url=" + viaCli.url() + "\nentities=" + entities + "\n");
            assertEquals(0, p.run("-m", "initial").code());
            var script = p.run("upgrade", "head", "--sql");
            assertEquals(0, script.code(), script.toString());
            Path sql = dir.resolve("upgrade.sql");
            Files.writeString(sql, script.out());
            assertEquals(0, p.run("upgrade", "head").code());

            List<String> command = TestDialects.scriptCommand(viaScript, sql);
            Process proc = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(proc.getInputStream().readAllBytes());
            assertEquals(0, proc.waitFor(), output);
            assertEquals(viaCli.inspect(), viaScript.inspect());
            assertEquals(viaCli.count("select count(*) from autogen_version"), viaScript.count("select count(*) from autogen_version"));
        }
    }
}
