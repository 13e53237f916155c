package io.autogen.check;

import io.autogen.cli.WorkflowTest;

import io.autogen.cli.AppProject;
import io.autogen.cli.JsonReader;
import io.autogen.cli.Project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.autogen.fixtures.TestDb;
import io.autogen.fixtures.TestDialects;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Drift checks: a missing migration told apart from a database changed by hand, as text and as JSON. */
class CheckTest {
    @TempDir Path dir;

    static Stream<Arguments> changes() {
        return TestDialects.times(
                Arguments.of("new field", "    @Column(length = 500) String bio;\n",
                        "column app_user.bio (varchar(500)) is in the entities but not in the migrations"),
                Arguments.of("changed length", "",
                        "column app_user.name differs (the migrations -> the entities): type varchar(80) -> varchar(120)"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("changes")
    void offlineCheckNamesExactlyTheChange(String dialect, String what, String extra, String expected) throws Exception {
        try (TestDb db = TestDb.of(dialect, dir)) {
            Project p = new Project(dir.resolve("p"), db).entity("AppUser", WorkflowTest.user(""));
            p.run("-m", "init");
            assertEquals(0, p.run("check", "--offline").code());
            String source = WorkflowTest.user(extra);
            if (what.equals("changed length")) {
                source = source.replace("length = 80", "length = 120");
            }
            p.entity("AppUser", source);
            var r = p.run("check", "--offline");
            assertEquals(1, r.code(), r.toString());
            assertEquals("missing-migration: " + expected + "\nfix: autogen -m \"describe the change\"\n", r.out());
            p.run("upgrade", "head");
            p.run("-m", what);
            assertEquals(0, p.run("check", "--offline").code(), "clean again after autogen -m");
        }
    }

    @ParameterizedTest
    @MethodSource("io.autogen.fixtures.TestDialects#names")
    void newIndexRemovedFieldAndNewEntityAreEachReported(String dialect) throws Exception {
        try (TestDb db = TestDb.of(dialect, dir)) {
            Project p = new Project(dir.resolve("p"), db).entity("AppUser", WorkflowTest.user("    String nick;\n"));
            p.run("-m", "init");
            p.entity("AppUser", WorkflowTest.user("").replace("@Table(name = \"app_user\")",
                    "@Table(name = \"app_user\", indexes = @Index(name = \"ix_user_name\", columnList = \"name\"))"));
            p.entity("Tag", "@Entity public class Tag { @Id Long id; }\n");
            var r = p.run("check", "--offline");
            assertEquals(1, r.code());
            assertTrue(r.out().contains("missing-migration: table Tag is in the entities but not in the migrations")
                    || r.out().contains("missing-migration: table tag is in the entities but not in the migrations"), r.out());
            assertTrue(r.out().contains("missing-migration: column app_user.nick is in the migrations but not in the entities"), r.out());
            assertTrue(r.out().contains("missing-migration: index ix_user_name (name) on app_user is in the entities but not in the migrations"), r.out());
            assertEquals(4, r.out().lines().count(), r.out());
        }
    }

    @ParameterizedTest
    @MethodSource("io.autogen.fixtures.TestDialects#names")
    void databaseChangedByHandIsDriftNotAMissingMigration(String dialect) throws Exception {
        try (TestDb db = TestDb.of(dialect, dir)) {
            Project p = new Project(dir.resolve("p"), db).entity("AppUser", WorkflowTest.user(""));
            p.run("-m", "init");
            if (db.embedded()) { // a check does not create the database file: an empty one, made by hand
                assertEquals(2, p.run("check").code(), "no database yet");
                db.connect().close();
            }
            // an empty database with the migrations written is behind them: upgrade, not a new migration
            var empty = p.run("check");
            assertEquals(1, empty.code(), empty.toString());
            assertEquals("not-at-head: database at base, head is 0000000a0001\nfix: autogen upgrade head\n", empty.out());
            p.run("upgrade", "head");
            p.run("downgrade", "base");
            assertEquals(1, p.run("check").code(), "not at head");
            assertTrue(p.run("check").out().startsWith("not-at-head: database at base, head is 0000000a0001"));
            p.run("upgrade", "head");
            assertEquals(0, p.run("check").code());
            db.exec("alter table app_user add column hacked integer");
            var r = p.run("check");
            assertEquals(1, r.code());
            assertEquals("database-drift: column app_user.hacked is in the database but not in the migrations\n"
                    + "missing-migration: no difference\n".substring(0, 0)
                    + "fix: the database was changed outside migrations: undo that change, or capture it with autogen -m\n",
                    r.out());
            var json = p.run("check", "--format", "json");
            assertEquals(1, json.code());
            assertEquals("{\"clean\": false, \"differences\": [{\"kind\": \"database-drift\", \"table\": \"app_user\", "
                    + "\"column\": \"hacked\", \"message\": \"column app_user.hacked is in the database but not in the"
                    + " migrations\"}], \"opaque\": [], \"fix\": \"the database was changed outside migrations: undo that"
                    + " change, or capture it with autogen -m\"}\n", json.out());
            var parsed = (java.util.Map<?, ?>) new JsonReader(json.out()).read();
            assertEquals(false, parsed.get("clean"));
        }
    }

    @ParameterizedTest
    @MethodSource("io.autogen.fixtures.TestDialects#names")
    void handWrittenSqlIsOpaqueAndListedUnderVerbose(String dialect) throws Exception {
        try (TestDb db = TestDb.of(dialect, dir)) {
            Project p = new Project(dir.resolve("p"), db).entity("AppUser", WorkflowTest.user(""));
            p.run("-m", "init");
            p.handWritten("data", "op.execute(\"update app_user set name = upper(name)\");");
            var r = p.run("check", "--offline", "-v");
            assertEquals(0, r.code(), r.toString());
            assertTrue(r.out().contains("opaque (not replayed): update app_user set name = upper(name)"), r.out());
        }
    }
}
