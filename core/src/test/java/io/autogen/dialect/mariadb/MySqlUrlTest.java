package io.autogen.dialect.mariadb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.autogen.cli.Project;
import io.autogen.fixtures.TestDb;
import io.autogen.fixtures.TestDialects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line in the project of a Spring Boot application on MySQL: no autogen.properties, only
 * {@code application.properties} with {@code spring.datasource.url=jdbc:mysql://HOST:PORT/DB} and the user and
 * password apart, as such applications declare them (the URL MySQL Connector/J reads). {@code -m}, {@code upgrade head}
 * and {@code check} work with the driver the command line ships (MariaDB Connector/J, which reads such a URL only
 * when asked to), and with MySQL Connector/J where it is on the class path too.
 */
class MySqlUrlTest {
    @TempDir Path dir;

    private static final String PASSWORD = "Pet-clinic.7";

    private static final String CUSTOMER = """
            package com.acme.shop;

            import jakarta.persistence.*;

            @Entity
            public class Customer {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                @Column(nullable = false, length = 80) String displayName;
            }
            """;

    private static TestDb mariadb() {
        Assumptions.assumeTrue(TestDialects.names().anyMatch("mariadb"::equals),
                "MariaDB joins the tests with AUTOGEN_TEST_MARIADB=true");
        return TestDb.of("mariadb", null);
    }

    /** A user of its own with a password, allowed on {@code db} only, as an application has (dropped on close). */
    private record User(TestDb db, String name) implements AutoCloseable {
        static User on(TestDb db) throws Exception {
            String name = "autogen_u_" + Long.toHexString(System.nanoTime());
            String database = db.url().replaceFirst("^jdbc:[^/]*//[^/]+/([^?]*).*", "$1");
            db.exec("create user '" + name + "'@'127.0.0.1' identified by '" + PASSWORD + "'",
                    "grant all on `" + database + "`.* to '" + name + "'@'127.0.0.1'");
            return new User(db, name);
        }

        @Override public void close() throws Exception {
            db.exec("drop user if exists '" + name + "'@'127.0.0.1'");
        }
    }

    /** The application's project: its entity, and its database in application.properties only. */
    private Project project(TestDb db, User user) throws Exception {
        Path app = dir.resolve("shop");
        Files.createDirectories(app.resolve("src/main/java/com/acme/shop"));
        Files.createDirectories(app.resolve("src/main/resources"));
        Files.writeString(app.resolve("src/main/java/com/acme/shop/Customer.java"), CUSTOMER);
        String url = TestDialects.withScheme(db, "jdbc:mysql:").replaceFirst("\\?.*", "");
        assertTrue(url.matches("jdbc:mysql://127\\.0\\.0\\.1:\\d+/\\w+"), url);
        Files.writeString(app.resolve("src/main/resources/application.properties"), """
                spring.datasource.url=%s
                spring.datasource.username=%s
                spring.datasource.password=%s
                spring.jpa.hibernate.ddl-auto=validate
                """.formatted(url, user.name(), PASSWORD));
        Project p = new Project(app, db);
        Files.delete(app.resolve("autogen.properties"));
        Files.delete(app.resolve("entities")); // Project's own folder: this project's entities are in src/main/java
        return p;
    }

    private static Project.Result ok(Project.Result r) {
        assertEquals(0, r.code(), r.toString());
        assertFalse((r.out() + r.err()).contains(PASSWORD), "the password is never printed: " + r);
        return r;
    }

    @Test
    void withTheDriverItShipsTheCommandLineGeneratesUpgradesAndChecksAJdbcMysqlUrlFromApplicationProperties()
            throws Exception {
        try (TestDb db = mariadb(); User user = User.on(db)) {
            Project p = project(db, user);
            // autogen as its jar ships: MariaDB Connector/J, not the MySQL Connector/J of the tests' class path
            List<String> without = List.of("mysql-connector-j-", "protobuf-java-");
            Map<String, String> env = Map.of();
            ok(p.runProcessWithout(without, env, "-m", "create customer"));
            assertEquals(1, p.migrations().size(), p.dir.toString());
            assertTrue(p.lastMigration().contains("createTable(\"customer\""), p.lastMigration());
            ok(p.runProcessWithout(without, env, "upgrade", "head"));
            assertTrue(db.inspect().table("customer").isPresent(), "customer created");
            var check = ok(p.runProcessWithout(without, env, "check"));
            assertTrue(check.out().contains("No drift"), check.toString());
            var current = ok(p.runProcessWithout(without, env, "current", "-v"));
            assertTrue(current.out().contains("spring.datasource.url in src/main/resources/application.properties"),
                    current.toString());
        }
    }

    @Test
    void withMySqlConnectorJOnTheClassPathTooTheCommandLineWorksAlike() throws Exception {
        try (TestDb db = mariadb(); User user = User.on(db)) {
            Project p = project(db, user);
            String url = TestDialects.withScheme(db, "jdbc:mysql:");
            assertEquals("com.mysql.cj.jdbc.Driver", java.sql.DriverManager.getDriver(url).getClass().getName(),
                    "MySQL Connector/J reads the URL as written");
            ok(p.run("-m", "create customer"));
            ok(p.run("upgrade", "head"));
            assertTrue(db.inspect().table("customer").isPresent(), "customer created");
            ok(p.run("check"));
        }
    }
}
