package io.autogen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.autogen.fixtures.TestDb;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;

/** What autogen prints is autogen's own lines: a library on classpath= does not add its warnings. */
class ConsoleNoiseTest {
    @TempDir Path dir;

    /** The newest slf4j-api {@code major.minor} jar in the local Maven repository. */
    static Path slf4jApi(String series) throws Exception {
        Path repo = Path.of(System.getProperty("user.home"), ".m2/repository/org/slf4j/slf4j-api");
        try (Stream<Path> s = Files.walk(repo)) {
            return s.filter(p -> p.getFileName().toString().matches("slf4j-api-" + series.replace(".", "\\.") + "\\.\\d+\\.jar"))
                    .max(java.util.Comparator.comparing(p -> Runtime.Version.parse(
                            p.getFileName().toString().replaceAll("^slf4j-api-|\\.jar$", ""))))
                    .orElseThrow(() -> new IllegalStateException("no slf4j-api " + series + " jar under " + repo));
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"2.0", "1.7"})
    void slf4jWithoutProviderOnTheClassPathPrintsNothing(String series) throws Exception {
        Project p = new Project(dir.resolve("p"), TestDb.sqlite(dir)).entity("AppUser", """
                @Entity @Table(name = "app_user")
                public class AppUser {
                    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AppUser.class);
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                    @Column(nullable = false, length = 80) String name;
                    @PostLoad void loaded() { LOG.info("loaded {}", id); }
                }
                """);
        Files.writeString(p.dir.resolve("autogen.properties"), "url=" + p.db.url() + "\nentities=entities\n"
                + "migrations=migrations\nclasspath=" + slf4jApi(series) + "\n");
        var r = p.runProcess(Map.of(), "-m", "init");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().startsWith("Generated migrations/"), r.toString());
        assertFalse(r.err().contains("SLF4J"), "no SLF4J lines: " + r.err());
        assertEquals("", r.err(), r.toString());
    }
}
