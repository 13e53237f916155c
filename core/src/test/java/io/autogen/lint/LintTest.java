package io.autogen.lint;

import io.autogen.cli.AppProject;
import io.autogen.cli.JsonReader;
import io.autogen.cli.Project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.autogen.fixtures.TestDb;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code autogen lint}, findings after Generated, autogen:allow, and findings decided by the live rows. */
class LintTest {
    @TempDir Path dir;

    static final String USER = """
            @Entity @Table(name = "app_user")
            public class AppUser {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                @Column(nullable = false, length = 80) String name;
                String nick;
            %s}
            """;

    private static Project.Result ok(Project.Result r) {
        assertEquals(0, r.code(), r.toString());
        return r;
    }

    private Project project(TestDb db) throws Exception {
        Project p = new Project(dir.resolve("p"), db).entity("AppUser", USER.formatted(""));
        ok(p.run("-m", "init"));
        ok(p.run("upgrade", "head"));
        return p;
    }

    @ParameterizedTest
    @MethodSource("io.autogen.fixtures.TestDialects#names")
    void aNullableColumnStaysOneLineWithNoFinding(String dialect) throws Exception {
        try (TestDb db = TestDb.of(dialect, dir)) {
            Project p = project(db);
            db.exec("insert into app_user (name) values ('ada')");
            p.entity("AppUser", USER.formatted("    @Column(length = 500) String bio;\n"));
            var gen = ok(p.run("-m", "add bio"));
            assertTrue(Pattern.matches("Generated migrations/\\S+\\.java \\(revision \\w+, 1 operation\\)\n", gen.out()),
                    gen.out());
            String file = p.lastMigration();
            assertTrue(file.contains("        // ### autogen commands: review, then adjust as needed ###\n"
                    + "        op.addColumn(\"app_user\", column(\"bio\", \"varchar(500)\"));\n"), file);
            assertEquals(0, ok(p.run("lint")).code());
        }
    }

    @ParameterizedTest
    @MethodSource("io.autogen.fixtures.TestDialects#names")
    void requiredColumnIsAFindingOnlyWhenTheTableHoldsRows(String dialect) throws Exception {
        try (TestDb db = TestDb.of(dialect, dir)) {
            Project p = project(db);
            p.entity("AppUser", USER.formatted("    @Column(nullable = false) Integer rank;\n"));
            var empty = ok(p.run("-m", "rank on empty"));
            assertFalse(empty.out().contains("AG301"), empty.out());
            assertFalse(p.lastMigration().contains("AG301"), p.lastMigration());
            java.nio.file.Files.delete(p.migrations().get(p.migrations().size() - 1));

            db.exec("insert into app_user (name) values ('ada')", "insert into app_user (name) values ('grace')");
            var full = ok(p.run("-m", "rank on rows"));
            // the safe form is written (add nullable, backfill, set NOT NULL); the finding sits on the unfilled backfill
            assertTrue(full.out().contains("  AG301 error app_user.rank: adds app_user.rank NOT NULL without a default"
                    + " to a table that holds rows (app_user holds 2 rows): its backfill is not filled in"), full.out());
            assertTrue(p.lastMigration().contains("        // AG301 error: adds app_user.rank NOT NULL without a default"),
                    p.lastMigration());
        }
    }

    @ParameterizedTest
    @MethodSource("io.autogen.fixtures.TestDialects#names")
    void aUniqueKeyOverDuplicatesSaysHowManyRowsCollide(String dialect) throws Exception {
        try (TestDb db = TestDb.of(dialect, dir)) {
            Project p = project(db);
            db.exec("insert into app_user (name, nick) values ('ada', 'a')", "insert into app_user (name, nick) values ('ada', 'b')",
                    "insert into app_user (name, nick) values ('ada', 'c')", "insert into app_user (name, nick) values ('bob', 'd')");
            p.entity("AppUser", USER.formatted("").replace("@Table(name = \"app_user\")",
                    "@Table(name = \"app_user\", uniqueConstraints = @UniqueConstraint(name = \"uq_user_name\", columnNames = \"name\"))"));
            var gen = ok(p.run("-m", "unique name"));
            assertTrue(gen.out().contains("  AG303 error app_user.name: makes app_user (name) unique, which fails: 3 rows"
                    + " collide."), gen.out());
            db.exec("delete from app_user where nick in ('b', 'c')");
            var lint = p.run("lint");
            assertEquals(0, lint.code(), lint.toString());
            assertFalse(lint.out().contains("AG303"), "no duplicates left: " + lint.out());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite"})
    void lintReportsPendingMigrationsAndHonoursAllow(String dialect) throws Exception {
        try (TestDb db = TestDb.of(dialect, dir)) {
            Project p = project(db);
            p.handWritten("tidy", """
                    // autogen:allow AG102
                            op.dropColumn("app_user", "nick");
                            op.execute("update app_user set name = upper(name)");""");
            var lint = p.run("lint");
            assertEquals(0, lint.code(), "AG102 accepted, AG505 is a warning: " + lint);
            assertTrue(lint.out().contains("  AG505 warning -: runs hand-written SQL that autogen cannot check: update"
                    + " app_user set name = upper(name). Safer: "), lint.out());
            assertFalse(lint.out().contains("AG102"), lint.out());
            assertTrue(lint.out().endsWith("0 error(s), 1 warning(s), 0 info in 1 migration(s); 1 accepted by"
                    + " autogen:allow\n"), lint.out());
            assertEquals(1, p.run("lint", "--strict").code(), "--strict fails on the warning");

            var json = p.run("lint", "--format", "json");
            assertEquals(0, json.code(), json.toString());
            var parsed = (java.util.Map<?, ?>) new JsonReader(json.out().trim()).read();
            assertTrue(json.out().startsWith("{\"errors\":0,\"warnings\":1,\"infos\":0,\"migrations\":[{\"id\":\"0000000a0002\""),
                    json.out());
            assertEquals(1L, ((Number) parsed.get("warnings")).longValue());

            p.handWritten("more", """
                    // autogen:allow AG101
                            op.dropColumn("app_user", "name");""");
            lint = p.run("lint");
            assertEquals(1, lint.code(), "allow names another code: AG102 stays: " + lint);
            assertTrue(lint.out().contains("  AG102 error app_user.name: drops column app_user.name and its values."),
                    lint.out());

            var range = p.run("lint", "0000000a0001:0000000a0002");
            assertEquals(0, range.code(), range.toString());
            var one = p.run("lint", "0000000a0003");
            assertEquals(1, one.code(), one.toString());
            assertFalse(one.out().contains("AG505"), one.out());
        }
    }
}
