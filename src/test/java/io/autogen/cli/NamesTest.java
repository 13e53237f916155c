package io.autogen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.autogen.fixtures.TestDb;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 7, items 1 and 2: names of constraints and indexes as the database will see them. */
class NamesTest {
    @TempDir Path dir;

    static final String REALM = """
            @Entity @Table(name = "realm")
            public class Realm {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                @ElementCollection @CollectionTable(name = "realm_locales", joinColumns = @JoinColumn(name = "realm_id"))
                @Column(name = "value", nullable = false) java.util.Set<String> locales;
                @ElementCollection @CollectionTable(name = "realm_listeners", joinColumns = @JoinColumn(name = "realm_id"))
                @Column(name = "value", nullable = false) java.util.Set<String> listeners;
            }
            """;

    /** Two tables with the same unnamed unique column pair and the same unnamed index. */
    static String keyed(String name) {
        return """
                @Entity @Table(name = "%s",
                        uniqueConstraints = @UniqueConstraint(columnNames = {"realm_id", "value"}),
                        indexes = @Index(columnList = "realm_id, created"))
                public class %s {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                    @ManyToOne @JoinColumn(name = "realm_id") Realm realm;
                    @Column(name = "value", length = 40) String value;
                    Long created;
                }
                """.formatted(name.toLowerCase(), name);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sqlite", "postgresql"})
    void sameUnnamedKeysOnTwoTablesApplyAndCheckClean(String dialect) throws Exception {
        try (TestDb db = TestDb.of(dialect, dir)) {
            Project p = new Project(dir.resolve("p"), db).entity("Realm", REALM)
                    .entity("Alpha", keyed("Alpha")).entity("Beta", keyed("Beta"));
            var gen = p.run("-m", "init");
            assertEquals(0, gen.code(), gen.toString());
            assertEquals(0, p.run("check", "--offline").code());
            var up = p.run("upgrade", "head");
            assertEquals(0, up.code(), up.toString());
            var check = p.run("check");
            assertEquals(0, check.code(), check.toString());
            assertEquals(0, p.run("downgrade", "base").code());
            assertEquals(0, p.run("upgrade", "head").code());
        }
    }
}
