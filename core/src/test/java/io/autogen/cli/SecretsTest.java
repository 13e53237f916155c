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

/**
 * A password in the URL never reaches the console: not in the error line, not in a cause autogen passes on (a
 * server echoing the database name), not in a --debug stack trace. One test per way of writing the password.
 */
class SecretsTest {
    @TempDir Path dir;

    /** The PostgreSQL test server's host and port, so that the server (not the driver) answers. */
    private static final String SERVER = TestDb.PG_URL.replaceFirst("^jdbc:postgresql://([^/]+)/.*$", "$1");

    private Project project() throws Exception {
        return new Project(dir.resolve("p"), TestDb.sqlite(dir)).entity("AppUser", WorkflowTest.user(""));
    }

    private static void masked(Project.Result r, String secret) {
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().startsWith("autogen: error: "), r.err());
        assertFalse(r.err().contains(secret) || r.out().contains(secret), "the password is printed: " + r);
        assertTrue(r.err().contains("***"), "masked, not dropped: " + r.err());
    }

    @Test
    void queryParameter() throws Exception {
        masked(project().run("--debug", "--url", "jdbc:postgresql://127.0.0.1:1/nope?user=x&password=Qu3ry_pw",
                "current"), "Qu3ry_pw");
    }

    @Test
    void userInfoInTheDebugTraceOfAnUnresolvableHost() throws Exception {
        Project p = project();
        masked(p.run("--debug", "--url", "jdbc:postgresql://x:Us3r_pw@nohost.invalid/db", "current"), "Us3r_pw");
        masked(p.run("--url", "jdbc:postgresql://x:Us3r_pw@nohost.invalid/db", "current"), "Us3r_pw");
        // as a process: the driver's own log lines reach the real stderr too
        var proc = p.runProcess(Map.of(), "--url", "jdbc:postgresql://x:Us3r_pw@nohost.invalid/db", "current");
        masked(proc, "Us3r_pw");
        assertEquals(1, proc.err().lines().count(), "autogen's one line only: " + proc.err());
    }

    @Test
    void semicolonSuffixEchoedByTheServer() throws Exception {
        Project p = project();
        String url = "jdbc:postgresql://" + SERVER + "/test;password=S3mi_pw?user=postgres";
        masked(p.run("--url", url, "current"), "S3mi_pw");
        masked(p.run("--debug", "--url", url, "current"), "S3mi_pw");
    }

    @Test
    void environmentAndFile() throws Exception {
        Project p = project();
        String url = "jdbc:postgresql://" + SERVER + "/test;password=Env_pw9?user=postgres";
        masked(p.runWithEnv(Map.of("AUTOGEN_URL", url), "--debug", "current"), "Env_pw9");
        Files.writeString(p.dir.resolve("autogen.properties"), "url=" + url.replace("Env_pw9", "F1le_pw")
                + "\nentities=entities\n");
        masked(p.run("--debug", "current"), "F1le_pw");
        // a warning (history goes on without the database) is masked too
        var history = p.run("history");
        assertEquals(0, history.code(), history.toString());
        assertTrue(history.err().startsWith("autogen: warning: cannot connect"), history.err());
        assertFalse(history.err().contains("F1le_pw"), history.err());
    }

    private static final String PERSON = """
            @Entity @Table(name = "person")
            public class Person {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                @Column(length = 80) String name;
            }
            """;

    private static void untouched(Project.Result r) {
        assertEquals(0, r.code(), r.toString());
        assertFalse(r.out().contains("***") || r.err().contains("***"), "nothing secret here, nothing masked: " + r);
    }

    /** A password that is also a word of the output masks the password only, never the word where it is not one. */
    @Test
    void aPasswordThatIsAWordOfTheOutputMasksOnlyThePassword() throws Exception {
        try (TestDb db = TestDb.postgres()) {
            Project p = new Project(dir.resolve("p"), db).entity("Person", PERSON);
            Files.writeString(p.dir.resolve("autogen.properties"), "url=" + db.url() + "&password=person\n"
                    + "entities=entities\nmigrations=migrations\nhibernate.connection.password=Hib_pw7\n");
            var gen = p.run("-m", "create person");
            untouched(gen);
            var up = p.run("upgrade", "head");
            untouched(up);
            assertTrue(up.out().startsWith("Applied 0000000a0001 create person ("), up.out());
            var history = p.run("history");
            untouched(history);
            assertTrue(history.out().contains("0000000a0001 (head, current), create person"), history.out());
            var show = p.run("show", "0000000a0001");
            untouched(show);
            assertTrue(show.out().contains("create person"), show.out());
            // where the password really is one, it is masked: the URL and a setting named like a password
            var verbose = p.run("-v", "current");
            assertEquals(0, verbose.code(), verbose.toString());
            String all = verbose.out() + verbose.err();
            assertTrue(all.contains("&password=***"), all);
            assertTrue(all.contains("setting hibernate.connection.password = ***  ["), all);
            assertFalse(all.contains("password=person") || all.contains("Hib_pw7"), all);
            assertTrue(all.contains("0000000a0001 (head)") || all.contains("0000000a0001"), all);
        }
    }

    /** The project's own name as the password, user and database: the error line keeps its prefix and names. */
    @Test
    void thePasswordAutogenLeavesTheErrorLineReadable() throws Exception {
        Project p = project();
        var query = p.run("--url", "jdbc:postgresql://127.0.0.1:1/autogen?user=autogen&password=autogen", "current");
        masked(query, "password=autogen");
        assertTrue(query.err().contains("jdbc:postgresql://127.0.0.1:1/autogen?user=autogen&password=***"), query.err());
        var userInfo = p.run("--url", "jdbc:postgresql://autogen:autogen@nohost.invalid/autogen", "current");
        masked(userInfo, ":autogen@");
        assertTrue(userInfo.err().contains("//autogen:***@nohost.invalid/autogen"), userInfo.err());
    }
}
