package io.autogen.source;

import io.autogen.cli.AppProject;
import io.autogen.cli.JsonReader;
import io.autogen.cli.Project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.autogen.fixtures.TestDb;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The column order of a composite key is Hibernate's own for the application's settings: its create (and so
 * autogen by default) sorts the columns, its update (an application on {@code ddl-auto=update}) keeps the mapping's
 * order. A database whose key has the other order is named as such by check, with what to do.
 */
class KeyOrderTest {
    @TempDir Path dir;

    static final String VET = """
            @Entity @Table(name = "vets")
            public class Vet {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Integer id;
                String surname;
                @ManyToMany @JoinTable(name = "vet_specialties", joinColumns = @JoinColumn(name = "vet_id"),
                        inverseJoinColumns = @JoinColumn(name = "specialty_id"))
                java.util.Set<Specialty> specialties;
            }
            """;
    static final String SPECIALTY = """
            @Entity @Table(name = "specialties")
            public class Specialty {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Integer id;
                String name;
            }
            """;

    private Project project(TestDb db, String name) throws Exception {
        return new Project(dir.resolve(name), db).entity("Vet", VET).entity("Specialty", SPECIALTY);
    }

    private static void ddlAutoUpdate(Project p) throws Exception {
        Path props = p.dir.resolve("src/main/resources/application.properties");
        Files.createDirectories(props.getParent());
        Files.writeString(props, "spring.jpa.hibernate.ddl-auto=update\n");
    }

    @ParameterizedTest
    @MethodSource("io.autogen.fixtures.TestDialects#names")
    void theKeyOrderFollowsTheApplicationsSchemaAction(String dialect) throws Exception {
        try (TestDb db = TestDb.of(dialect, dir)) {
            Project create = project(db, "create");
            assertEquals(0, create.run("-m", "init").code());
            assertTrue(create.lastMigration().contains("primaryKey(\"specialty_id\", \"vet_id\")"), create.lastMigration());

            Project update = project(db, "update");
            ddlAutoUpdate(update);
            var r = update.run("-m", "init");
            assertEquals(0, r.code(), r.toString());
            assertTrue(update.lastMigration().contains("primaryKey(\"vet_id\", \"specialty_id\")"), update.lastMigration());
        }
    }

    @ParameterizedTest
    @MethodSource("io.autogen.fixtures.TestDialects#names")
    void checkNamesAKeyWhoseColumnOrderDiffers(String dialect) throws Exception {
        try (TestDb db = TestDb.of(dialect, dir)) {
            Project p = project(db, "p");
            assertEquals(0, p.run("-m", "init").code());
            assertEquals(0, p.run("upgrade", "head").code());
            ddlAutoUpdate(p); // the application's Hibernate would create the key in the other order
            var check = p.run("check");
            assertEquals(1, check.code(), check.toString());
            assertTrue(check.out().contains("primary key on vet_specialties has its columns in another order:"
                    + " (specialty_id, vet_id) in the migrations, (vet_id, specialty_id) in the entities"), check.out());
            assertTrue(!check.out().contains("is in the migrations but not in the entities"), check.out());
        }
    }
}
