package io.autogen.source;

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

/** The CLI finds the application's Hibernate version, says which one mapped, and refuses what it cannot map with. */
class HibernateVersionCliTest {
    @TempDir Path dir;

    static final String ACCOUNT = """
            package app;

            import jakarta.persistence.*;

            @Entity @Table(name = "account")
            public class Account {
                @Id Long id;
                @OneToMany @JoinTable(name = "account_friends") java.util.Set<Account> friends;
            }
            """;

    static Path m2(String artifact, String version) {
        return Path.of(System.getProperty("user.home"), ".m2", "repository", "org", "hibernate", "orm", artifact, version,
                artifact + "-" + version + ".jar");
    }

    /** Written whole: Hibernate 6 still has an org.hibernate.annotations.Table, which Project's imports make ambiguous. */
    static Project account(Project p) throws java.io.IOException {
        Files.createDirectories(p.dir.resolve("entities/app"));
        Files.writeString(p.dir.resolve("entities/app/Account.java"), ACCOUNT);
        return p;
    }

    @Test
    void aHibernateCoreJarOnTheClasspathNamesTheVersion() throws Exception {
        Path jar = m2("hibernate-core", "6.6.13.Final");
        io.autogen.source.isolation.HibernateRuntime.forProject("6.6.13.Final", java.util.List.of(), "hibernate-core", (java.nio.file.Path) null); // into ~/.m2
        try (TestDb db = TestDb.postgres()) {
            Project p = account(new Project(dir.resolve("p"), db));
            Files.writeString(p.dir.resolve("autogen.properties"), "url=" + db.url()
                    + "\nentities=entities\nmigrations=migrations\nclasspath=" + jar + "\n");
            var r = p.run("-v", "-m", "init");
            assertEquals(0, r.code(), r.toString());
            assertTrue(r.out().contains("entities mapped with Hibernate 6.6.13.Final (classpath= (hibernate-core-6.6.13.Final.jar))"),
                    r.out());
            // 6.6 keys the join table by both columns (7.4, bundled, by the target column alone)
            assertTrue(p.lastMigration().contains("primaryKey(\"account_id\", \"friends_id\")"), p.lastMigration());
            assertEquals(0, p.run("upgrade", "head").code());
            assertEquals(0, p.run("check").code());
            assertEquals(0, p.run("check", "--offline").code());
        }
    }

    @Test
    void hibernateVersionSettingAndTheBundledDefaultAreNamedUnderVerbose() throws Exception {
        try (TestDb db = TestDb.sqlite(dir)) {
            Project p = account(new Project(dir.resolve("p"), db));
            var r = p.run("-v", "check", "--offline");
            assertTrue(r.out().contains("entities mapped with Hibernate " + io.autogen.source.isolation.HibernateRuntime.bundledVersion()
                    + " (bundled with autogen)"), r.out());
            Files.writeString(p.dir.resolve("autogen.properties"), "url=" + db.url()
                    + "\nentities=entities\nmigrations=migrations\nhibernate.version=7.1.0.Final\n");
            r = p.run("-v", "-m", "init");
            assertEquals(0, r.code(), r.toString());
            assertTrue(r.out().contains("entities mapped with Hibernate 7.1.0.Final (hibernate.version=7.1.0.Final)"), r.out());
        }
    }

    @Test
    void anUnsupportedOrUnknownVersionIsOneClearLine() throws Exception {
        try (TestDb db = TestDb.sqlite(dir)) {
            Project p = account(new Project(dir.resolve("p"), db));
            Files.writeString(p.dir.resolve("autogen.properties"), "url=" + db.url()
                    + "\nentities=entities\nmigrations=migrations\nhibernate.version=5.6.15.Final\n");
            var r = p.run("-m", "init");
            assertEquals(2, r.code(), r.toString());
            assertEquals("autogen: error: hibernate.version=5.6.15.Final: Hibernate 5.6.15.Final is not supported: autogen"
                    + " maps with Hibernate 6.2 or later 6.x, or 7.x", r.err().strip());
            Files.writeString(p.dir.resolve("autogen.properties"), "url=" + db.url()
                    + "\nentities=entities\nmigrations=migrations\nhibernate.version=six\n");
            r = p.run("-m", "init");
            assertEquals(2, r.code(), r.toString());
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().contains("six is not a Hibernate version"), r.err());
        }
    }
}
