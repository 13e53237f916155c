package io.autogen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.autogen.diff.Comparator;
import io.autogen.fixtures.TestDb;
import io.autogen.fixtures.TestDialects;
import io.autogen.model.Schema;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The daily workflow end to end through the command line, on every dialect. */
public class WorkflowTest {
    @TempDir Path dir;

    public static final String USER = """
            @Entity @Table(name = "app_user")
            public class AppUser {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                @Column(nullable = false, length = 80) String name;
            %s}
            """;

    public static String user(String extra) {
        return USER.formatted(extra);
    }

    @ParameterizedTest
    @MethodSource("io.autogen.fixtures.TestDialects#names")
    void generateApplyCheckRevert(String dialect) throws Exception {
        try (TestDb db = TestDb.of(dialect, dir.resolve("db").toFile().mkdirs() ? dir.resolve("db") : dir)) {
            Project p = new Project(dir.resolve("p"), db).entity("AppUser", user(""));
            var r = p.run("-m", "init");
            assertEquals(0, r.code(), r.toString());
            assertTrue(r.out().startsWith("Generated migrations/M20261122_053100_Init.java"), r.out());
            assertEquals(0, p.run("upgrade", "head").code());
            Schema afterInit = db.inspect();
            assertEquals(0, p.run("check").code(), p.run("check").toString());
            assertEquals(0, p.run("check", "--offline").code());

            p.entity("AppUser", user("    @Column(length = 500) String bio;\n"));
            var drift = p.run("check", "--offline");
            assertEquals(1, drift.code(), drift.toString());
            assertTrue(drift.out().contains("missing-migration: column app_user.bio (varchar(500)) is in the entities but not in the migrations"), drift.out());
            assertTrue(drift.out().contains("fix: autogen -m"), drift.out());

            var gen = p.run("-m", "add bio column");
            assertEquals(0, gen.code(), gen.toString());
            String file = p.lastMigration();
            assertTrue(file.contains("op.addColumn(\"app_user\", column(\"bio\", \"varchar(500)\"));"), file);
            assertTrue(file.contains("// DATA LOSS: drops column app_user.bio and its values\n        op.dropColumn(\"app_user\", \"bio\");"), file);

            var sql = p.run("upgrade", "head", "--sql");
            assertEquals(0, sql.code(), sql.toString());
            // (on MariaDB/MySQL the statement says ALGORITHM=INSTANT before its ";": MariaDbOnlineDdlTest)
            assertTrue(sql.out().contains("add column bio varchar(500)"), sql.out());
            assertTrue(sql.out().contains("insert into autogen_version (version_num) values ('0000000a0002');"), sql.out());
            assertEquals(afterInit, db.inspect(), "--sql touches nothing");

            var up = p.run("upgrade", "head");
            assertTrue(up.out().matches("(?s)Applied 0000000a0002 add bio column \\(\\d+ ms\\)\n"), up.out());
            assertEquals(0, p.run("check").code());
            assertTrue(db.inspect().table("app_user").orElseThrow().column("bio").isPresent());

            var current = p.run("current");
            assertEquals("0000000a0002 (head) add bio column\n", current.out());
            var history = p.run("history");
            assertEquals("0000000a0001 -> 0000000a0002 (head, current), add bio column\n<base> -> 0000000a0001, init\n",
                    history.out());

            assertEquals("0000000a0001 -> 0000000a0002 (head, current), add bio column\n",
                    p.run("history", "-r", "0000000a0001:").out());
            var show = p.run("show", "0000000a00");
            assertEquals(2, show.code(), "an ambiguous prefix is refused");
            show = p.run("show", "0000000a0002");
            assertTrue(show.out().startsWith("Revision: 0000000a0002\nParents:  0000000a0001\nChildren: none (head)\n"
                    + "Message:  add bio column\n"), show.out());
            // a range needs no database: the start is replayed offline
            var offline = p.run("--url", TestDialects.unreachableUrl(dialect), "upgrade", "0000000a0001:head", "--sql");
            assertEquals(0, offline.code(), offline.toString());
            assertTrue(offline.out().contains("-- upgrade 0000000a0002: add bio column") && !offline.out().contains("0000000a0001: init"),
                    offline.out());
            assertEquals(0, p.run("downgrade", "-1").code());
            assertEquals(afterInit, db.inspect(), "downgrade -1 restores the catalog");
            assertEquals(1, p.run("check").code());
            assertEquals(0, p.run("upgrade", "+1").code());
            assertEquals(0, p.run("downgrade", "base").code());
            assertEquals(Schema.EMPTY, db.inspect(), "only the version tables remain");
            assertEquals("base (no migration applied)\n", p.run("current").out());
        }
    }

    @ParameterizedTest
    @MethodSource("io.autogen.fixtures.TestDialects#names")
    void dataMigrationByHand(String dialect) throws Exception {
        try (TestDb db = TestDb.of(dialect, dir)) {
            Project p = new Project(dir.resolve("p"), db).entity("AppUser", user("    String first;\n    String last;\n"));
            p.run("-m", "init");
            p.run("upgrade", "head");
            db.exec("insert into app_user (id, name, first, last) values (1, 'a', 'Ada', 'Lovelace')");
            p.entity("AppUser", user("    @Column(name = \"full_name\") String fullName;\n"));
            p.handWritten("merge names", """
                    op.addColumn("app_user", io.autogen.api.Ddl.column("full_name", "varchar(255)"));
                            op.execute("update app_user set full_name = first || ' ' || last");
                            op.dropColumn("app_user", "first");
                            op.dropColumn("app_user", "last");""");
            var up = p.run("upgrade", "head");
            assertEquals(0, up.code(), up.toString());
            assertEquals(1, db.count("select count(*) from app_user where full_name = 'Ada Lovelace'"));
            assertEquals(0, p.run("check").code(), p.run("check").toString());
            assertEquals(0, p.run("check", "--offline").code());
        }
    }

    @ParameterizedTest
    @MethodSource("io.autogen.fixtures.TestDialects#names")
    void noChangesWritesNothingAndBehindDatabaseIsRefused(String dialect) throws Exception {
        try (TestDb db = TestDb.of(dialect, dir)) {
            Project p = new Project(dir.resolve("p"), db).entity("AppUser", user(""));
            assertEquals(0, p.run("-m", "init").code());
            var behind = p.run("-m", "again");
            assertEquals(2, behind.code());
            assertEquals("autogen: error: database at base, head is 0000000a0001: run autogen upgrade first\n", behind.err());
            assertEquals(1, p.migrations().size());
            p.run("upgrade", "head");
            var none = p.run("-m", "nothing");
            assertEquals(0, none.code());
            assertTrue(none.out().startsWith("No changes detected"), none.out());
            assertEquals(1, p.migrations().size());
            assertEquals(0, p.run("-m", "empty on purpose", "--allow-empty").code());
            assertEquals(2, p.migrations().size());
            var manual = p.run("revision", "-m", "data fix");
            assertEquals(0, manual.code(), manual.toString());
            assertTrue(p.lastMigration().contains("// nothing to do"), p.lastMigration());
        }
    }

    @ParameterizedTest
    @MethodSource("io.autogen.fixtures.TestDialects#names")
    void branchesMustBeMerged(String dialect) throws Exception {
        try (TestDb db = TestDb.of(dialect, dir)) {
            Project p = new Project(dir.resolve("p"), db).entity("AppUser", user(""));
            p.run("-m", "init");
            p.run("upgrade", "head");
            assertEquals(0, p.run("revision", "-m", "branch one").code());
            assertEquals(0, p.run("revision", "-m", "branch two", "--head", "0000000a0001").code());
            var heads = p.run("heads");
            assertEquals("0000000a0002 (head) branch one\n0000000a0003 (head) branch two\n", heads.out());
            var refused = p.run("upgrade", "head");
            assertEquals(2, refused.code());
            assertTrue(refused.err().contains("autogen merge -m"), refused.err());
            assertEquals(0, p.run("upgrade", "heads").code());
            assertEquals("0000000a0002 (head) branch one\n0000000a0003 (head) branch two\n", p.run("current").out());
            var merge = p.run("merge", "-m", "join", "heads");
            assertEquals(0, merge.code(), merge.toString());
            assertTrue(p.lastMigration().contains("parents = {\"0000000a0002\", \"0000000a0003\"}"), p.lastMigration());
            assertEquals(0, p.run("upgrade", "head").code());
            assertEquals("0000000a0004 (head) join\n", p.run("current").out());
            assertEquals(0, p.run("downgrade", "-1").code());
            assertEquals("0000000a0002 branch one\n0000000a0003 branch two\n", p.run("current").out());
        }
    }

    @ParameterizedTest
    @MethodSource("io.autogen.fixtures.TestDialects#names")
    void stampAdoptsAnExistingDatabase(String dialect) throws Exception {
        try (TestDb db = TestDb.of(dialect, dir)) {
            Project p = new Project(dir.resolve("p"), db).entity("AppUser", user(""));
            p.run("-m", "init");
            p.run("upgrade", "head");
            Schema built = db.inspect();
            p.run("downgrade", "base");
            // recreate the tables by hand, as an existing application would have them
            p.run("upgrade", "head", "--sql");
            p.run("upgrade", "head");
            db.exec("drop table autogen_version", "drop table autogen_history");
            var unmanaged = p.run("check");
            assertEquals(0, unmanaged.code(), unmanaged.toString()); // same schema, not yet managed: clean
            assertEquals(0, p.run("stamp", "head").code());
            assertEquals("0000000a0001 (head) init\n", p.run("current").out());
            assertEquals(built, db.inspect());
            assertTrue(new Comparator(db.dialect().hints()).compare(built, db.inspect()).isEmpty());
            assertFalse(p.run("upgrade", "head").out().startsWith("Applied"));
        }
    }
}
