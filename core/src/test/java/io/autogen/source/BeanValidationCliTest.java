package io.autogen.source;

import io.autogen.cli.AppProject;
import io.autogen.cli.JsonReader;
import io.autogen.cli.Project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.autogen.fixtures.Entities;
import io.autogen.fixtures.HibernateCreation;
import io.autogen.fixtures.TestDb;
import io.autogen.source.isolation.HibernateRuntime;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check} on a database that an application with a Bean Validation provider had its Hibernate create
 * ({@code ddl-auto=create}, spring-boot-starter-validation on its class path) is clean: the provider on
 * {@code classpath=} and the application's validation settings reach the mapping.
 */
class BeanValidationCliTest {
    @TempDir Path dir;

    /** As spring-petclinic's Owner: its @NotBlank columns are NOT NULL in the application's database. */
    static final String OWNER = """
            package app;

            import jakarta.persistence.*;
            import jakarta.validation.constraints.*;

            @Entity @Table(name = "owners")
            public class Owner {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Integer id;
                @NotBlank String firstName;
                @NotBlank String lastName;
                @NotBlank String address;
                @NotEmpty String city;
                @NotBlank @Pattern(regexp = "\\\\d{10}") String telephone;
                @Size(max = 80) String email;
                @Min(0) @Max(5) Integer rating;
            }
            """;

    static List<String> jars(String... prefixes) {
        return io.autogen.fixtures.Entities.testJars(prefixes);
    }

    private Project project(TestDb db, List<String> classpath, String more) throws Exception {
        Project p = new Project(dir.resolve("p"), db);
        Files.createDirectories(p.dir.resolve("entities/app"));
        Files.writeString(p.dir.resolve("entities/app/Owner.java"), OWNER);
        properties(p, classpath, more);
        return p;
    }

    private static void properties(Project p, List<String> classpath, String more) throws Exception {
        Files.writeString(p.dir.resolve("autogen.properties"), "url=" + p.db.url() + "\nentities=entities\n"
                + "migrations=migrations\nclasspath=" + String.join(",", classpath) + "\n" + more);
    }

    @Test
    void checkIsCleanOnTheDatabaseTheApplicationsHibernateCreatedWithItsValidator() throws Exception {
        try (TestDb db = TestDb.postgres()) {
            Project p = project(db, jars("jakarta.validation-api-", "hibernate-validator-", "classmate-"), "");
            HibernateCreation.create(Entities.classes(p.dir.resolve("entities")), db);
            assertEquals(false, db.inspect().table("owners").orElseThrow().column("address").orElseThrow().nullable(),
                    "the application's Hibernate made @NotBlank NOT NULL");
            var r = p.run("check");
            assertEquals(0, r.code(), r.toString());
            r = p.run("-m", "nothing");
            assertTrue(r.out().contains("No changes"), r.toString());
            assertEquals(List.of(), p.migrations());
        }
    }

    /**
     * With another Hibernate version only {@code classpath=} can hold the provider: without it the mapping is as
     * Hibernate's without a provider (the database made with one differs); with it, check is clean, the mapping cached
     * for the other class path not reused.
     */
    @Test
    void theProviderOnClasspathDecidesForAnotherHibernateVersionAndInvalidatesTheCachedMapping() throws Exception {
        String version = "hibernate.version=7.1.0.Final\n";
        try (TestDb db = TestDb.postgres()) {
            List<String> api = jars("jakarta.validation-api-");
            List<String> provider = jars("jakarta.validation-api-", "hibernate-validator-", "classmate-", "tomcat-embed-el-");
            Project p = project(db, api, version);
            HibernateCreation.create(HibernateRuntime.forProject("7.1.0.Final", List.of(), "hibernate-community-dialects", (Path) null).compileClasspath(),
                    provider, p.dir.resolve("entities"), List.of("app.Owner"), db, "create");
            var r = p.run("-v", "check");
            assertEquals(1, r.code(), r.toString());
            assertTrue(r.out().contains("address"), r.toString());
            assertTrue(r.out().contains("Bean Validation constraints not applied to the DDL: no Bean Validation provider"
                    + " on the class path"), r.toString());
            properties(p, provider, version);
            r = p.run("-v", "check");
            assertEquals(0, r.code(), r.toString());
            assertTrue(r.out().contains("Bean Validation constraints applied to the DDL, as the application's Hibernate"
                    + " does (provider org.hibernate.validator.HibernateValidator)"), r.toString());
        }
    }

    /** The application turns Hibernate's use of the provider off: autogen does too. */
    @Test
    void theApplicationsValidationModeReachesTheMapping() throws Exception {
        try (TestDb db = TestDb.sqlite(dir)) {
            // naming=jpa: the physical naming the test's creation has (Spring Boot's would be snake)
            Project p = project(db, jars("jakarta.validation-api-", "hibernate-validator-", "classmate-"), "naming=jpa\n");
            Files.createDirectories(p.dir.resolve("src/main/resources"));
            Files.writeString(p.dir.resolve("src/main/resources/application.properties"),
                    "spring.jpa.properties.jakarta.persistence.validation.mode=none\n");
            HibernateCreation.create(Entities.classes(p.dir.resolve("entities")), db, "create",
                    Map.of("jakarta.persistence.validation.mode", "none"));
            assertEquals(true, db.inspect().table("owners").orElseThrow().column("address").orElseThrow().nullable());
            var r = p.run("-v", "check");
            assertEquals(0, r.code(), r.toString());
            assertTrue(r.out().contains("Bean Validation constraints not applied to the DDL:"
                    + " jakarta.persistence.validation.mode=none"), r.toString());
        }
    }

    /** A provider that cannot start (its class is not on classpath=) never fails the mapping: -v says why. */
    @Test
    void aProviderThatCannotStartLeavesTheMappingAsWithoutOne() throws Exception {
        Path broken = dir.resolve("broken-provider.jar");
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(broken))) {
            out.putNextEntry(new java.util.jar.JarEntry("META-INF/services/jakarta.validation.spi.ValidationProvider"));
            out.write("com.example.validation.MissingProvider\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.closeEntry();
        }
        try (TestDb db = TestDb.sqlite(dir)) {
            Project p = project(db, List.of(broken.toString()), "");
            var r = p.run("-v", "-m", "init");
            assertEquals(0, r.code(), r.toString());
            assertTrue(r.out().contains("Bean Validation constraints not applied to the DDL: the provider does not start:"),
                    r.toString());
            assertTrue(r.out().contains("com.example.validation.MissingProvider"), r.toString());
            assertTrue(p.lastMigration().contains("column(\"address\", \"varchar(255)\"),"), p.lastMigration());
        }
    }
}
