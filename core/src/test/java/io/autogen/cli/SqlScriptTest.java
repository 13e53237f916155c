package io.autogen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.autogen.fixtures.Entities;
import io.autogen.fixtures.TestDb;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code upgrade head --sql} piped into psql / sqlite3 builds the same catalog as {@code upgrade head}. */
class SqlScriptTest {
    @TempDir Path dir;

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"sqlite,sample", "sqlite,zoo", "postgresql,sample", "postgresql,zoo"})
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

            List<String> command = dialect.equals("sqlite")
                    ? List.of("sqlite3", "-bail", viaScript.url().substring("jdbc:sqlite:".length()), ".read " + sql)
                    : psql(viaScript.url(), sql);
            Process proc = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(proc.getInputStream().readAllBytes());
            assertEquals(0, proc.waitFor(), output);
            assertEquals(viaCli.inspect(), viaScript.inspect());
            assertEquals(viaCli.count("select count(*) from autogen_version"), viaScript.count("select count(*) from autogen_version"));
        }
    }

    private static List<String> psql(String jdbcUrl, Path file) {
        Matcher m = Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?/([^?]+)\\?user=([^&]+)").matcher(jdbcUrl);
        if (!m.find()) {
            throw new IllegalArgumentException(jdbcUrl);
        }
        return List.of("psql", "-q", "-v", "ON_ERROR_STOP=1", "-h", m.group(1), "-p", m.group(2) == null ? "5432" : m.group(2),
                "-U", m.group(4), "-d", m.group(3), "-f", file.toString());
    }
}
