package io.autogen.config;

import io.autogen.cli.AppProject;
import io.autogen.cli.JsonReader;
import io.autogen.cli.Project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.autogen.fixtures.TestDb;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line in a Spring Boot project with no autogen.properties, as the README promises: the class path and
 * the Hibernate version are the build's (versions the Spring Boot parent manages), the migrations are found in the
 * package that holds them, and a class folder older than the sources is named.
 */
class ZeroConfigTest {
    @TempDir Path dir;

    static final String POM = """
            <project xmlns="http://maven.apache.org/POM/4.0.0">
              <modelVersion>4.0.0</modelVersion>
              <parent>
                <groupId>org.springframework.boot</groupId>
                <artifactId>spring-boot-starter-parent</artifactId>
                <version>4.0.7</version>
              </parent>
              <groupId>com.acme</groupId>
              <artifactId>clinic</artifactId>
              <version>1.0</version>
              <dependencies>
                <dependency>
                  <groupId>org.springframework.boot</groupId>
                  <artifactId>spring-boot-starter-data-jpa</artifactId>
                </dependency>
              </dependencies>
            </project>
            """;

    static final String OWNER = """
            package com.acme.clinic;

            import jakarta.persistence.*;
            import org.springframework.util.StringUtils;

            @Entity @Table(name = "owners")
            public class Owner {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Integer id;
                String lastName;%s

                public boolean named() { return StringUtils.hasText(lastName); }
            }
            """;

    private Path project(TestDb db) throws Exception {
        Path app = dir.resolve("clinic");
        Files.createDirectories(app.resolve("src/main/java/com/acme/clinic"));
        Files.createDirectories(app.resolve("src/main/resources"));
        Files.writeString(app.resolve("pom.xml"), POM);
        Files.writeString(app.resolve("src/main/java/com/acme/clinic/Owner.java"), OWNER.formatted(""));
        Files.writeString(app.resolve("src/main/resources/application.properties"), "spring.datasource.url=" + db.url() + "\n");
        return app;
    }

    private static Project.Result run(Project p, String... args) {
        return p.runWithEnv(Map.of("PATH", System.getenv("PATH")), args);
    }

    @Test
    void aSpringBootProjectNeedsNoConfigurationFile() throws Exception {
        try (TestDb db = TestDb.sqlite(dir)) {
            Path app = project(db);
            Project p = new Project(app, db);
            Files.delete(app.resolve("autogen.properties"));
            Files.delete(app.resolve("entities"));

            // the first migration where the application keeps them: a package of its sources
            var first = run(p, "-m", "init", "--migrations", "src/main/java/com/acme/clinic/db/migrations");
            assertEquals(0, first.code(), first.toString());
            assertTrue(first.err().contains("class path read from the build"), first.err());
            var up = run(p, "upgrade", "head");
            assertEquals(0, up.code(), up.toString());

            Files.writeString(app.resolve("src/main/java/com/acme/clinic/Owner.java"), OWNER.formatted("\n    String city;"));
            var second = run(p, "-v", "-m", "add city");
            assertEquals(0, second.code(), second.toString());
            assertTrue(second.out().contains("setting migrations = src/main/java/com/acme/clinic/db/migrations  [found:"),
                    second.out());
            assertTrue(second.out().contains("[the build's class path (mvn dependency:build-classpath)]"), second.out());
            // the version the Spring Boot parent manages, not the bundled one
            assertTrue(second.out().contains("entities mapped with Hibernate 7.2.19.Final (classpath="), second.out());
            assertFalse(second.err().contains("class path read from the build"), "kept until pom.xml changes: " + second.err());
            try (var s = Files.list(app.resolve("src/main/java/com/acme/clinic/db/migrations"))) {
                assertEquals(2, s.count());
            }
            assertFalse(Files.exists(app.resolve("migrations")));
        }
    }

    @Test
    void aClassFolderOlderThanTheSourcesIsNamed() throws Exception {
        try (TestDb db = TestDb.sqlite(dir)) {
            Path app = project(db);
            Project p = new Project(app, db);
            Path classes = Files.createDirectories(app.resolve("target/classes/com/acme/clinic"));
            Files.writeString(classes.resolve("Owner.class"), "not read");
            Files.setLastModifiedTime(classes.resolve("Owner.class"), FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
            var r = run(p, "--entities", "target/classes", "history");
            assertTrue(r.err().contains("autogen: warning: entities=target/classes is older than src/main/java"
                    + " (Owner.java changed after the last build)"), r.toString());
        }
    }
}
