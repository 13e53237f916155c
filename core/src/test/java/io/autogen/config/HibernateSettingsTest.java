package io.autogen.config;

import io.autogen.cli.AppProject;
import io.autogen.cli.JsonReader;
import io.autogen.cli.Project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.autogen.fixtures.TestDb;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The application's Hibernate settings and naming strategies map the entities as the application maps them. */
class HibernateSettingsTest {
    @TempDir Path dir;

    static final String EVENT = """
            @Entity @Table(name = "event")
            public class Event {
                @Id Long id;
                java.time.Instant createdAt;
            }
            """;

    private static void properties(Project p, String extra) throws Exception {
        Files.writeString(p.dir.resolve("autogen.properties"), "url=" + p.db.url()
                + "\nentities=entities\nmigrations=migrations\n" + extra);
    }

    @Test
    void hibernateSettingsChangeTheMappingAndItsCache() throws Exception {
        try (TestDb db = TestDb.postgres()) {
            Project p = new Project(dir.resolve("p"), db).entity("Event", EVENT);
            properties(p, "hibernate.type.preferred_instant_jdbc_type=TIMESTAMP\n");
            assertEquals(0, p.run("-m", "init").code());
            assertTrue(p.lastMigration().contains("column(\"createdat\", \"timestamp(6)\")"), p.lastMigration());
            assertEquals(0, p.run("check", "--offline").code());
            properties(p, ""); // Hibernate's default for Instant: with time zone
            var r = p.run("check", "--offline");
            assertEquals(1, r.code(), r.toString());
            assertTrue(r.out().contains("createdat"), r.out());
        }
    }

    static final String NAMING = """
            package app;

            import org.hibernate.boot.model.naming.Identifier;
            import org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl;
            import org.hibernate.engine.jdbc.env.spi.JdbcEnvironment;

            public class PrefixNaming extends PhysicalNamingStrategyStandardImpl {
                @Override public Identifier toPhysicalTableName(Identifier name, JdbcEnvironment env) {
                    return Identifier.toIdentifier("t_" + name.getText());
                }
            }
            """;

    @Test
    void aNamingStrategyClassFromTheEntitySourcesNamesTheTables() throws Exception {
        try (TestDb db = TestDb.sqlite(dir)) {
            Project p = new Project(dir.resolve("p"), db).entity("Event", EVENT);
            Files.writeString(p.dir.resolve("entities/app/PrefixNaming.java"), NAMING);
            properties(p, "naming=app.PrefixNaming\n");
            var r = p.run("-m", "init");
            assertEquals(0, r.code(), r.toString());
            assertTrue(p.lastMigration().contains("op.createTable(\"t_event\""), p.lastMigration());
        }
    }

    @Test
    void anUnknownNamingClassIsOneClearLine() throws Exception {
        try (TestDb db = TestDb.sqlite(dir)) {
            Project p = new Project(dir.resolve("p"), db).entity("Event", EVENT);
            properties(p, "naming=com.acme.NoSuchNaming\n");
            var r = p.run("-m", "init");
            assertEquals(2, r.code(), r.toString());
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().contains("class com.acme.NoSuchNaming is not among the entity sources or on classpath="), r.err());
        }
    }
}
