package io.autogen.diff;

import io.autogen.cli.AppProject;
import io.autogen.cli.JsonReader;
import io.autogen.cli.Project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.autogen.fixtures.TestDb;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Renames: never a silent drop + add. Flags, the question at a terminal, and the finding without either. */
public class RenameTest {
    @TempDir Path dir;

    public static final String USER = """
            @Entity @Table(name = "%s", indexes = @Index(name = "ix_user_name", columnList = "%s"))
            public class AppUser {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                @Column(nullable = false, length = 80) String %s;
            }
            """;
    static final String ORDER = """
            @Entity @Table(name = "purchase")
            public class Purchase {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                @ManyToOne(optional = false) @JoinColumn(name = "buyer_id") AppUser buyer;
            }
            """;

    private Project project(TestDb db) throws Exception {
        Project p = new Project(dir.resolve("p"), db).entity("AppUser", USER.formatted("app_user", "name", "name"))
                .entity("Purchase", ORDER);
        ok(p.run("-m", "init"));
        ok(p.run("upgrade", "head"));
        db.exec("insert into app_user (name) values ('ada')", "insert into app_user (name) values ('grace')",
                "insert into purchase (buyer_id) values (1)");
        return p;
    }

    private static Project.Result ok(Project.Result r) {
        assertEquals(0, r.code(), r.toString());
        return r;
    }

    private static TestDb db(String dialect, Path dir) {
        return TestDb.of(dialect, dir);
    }

    private void clean(Project p) {
        ok(p.run("check"));
        ok(p.run("check", "--offline"));
    }

    @ParameterizedTest
    @MethodSource("io.autogen.fixtures.TestDialects#names")
    void columnRenameByFlagKeepsRowsBothWays(String dialect) throws Exception {
        try (TestDb db = db(dialect, dir)) {
            Project p = project(db);
            p.entity("AppUser", USER.formatted("app_user", "full_name", "full_name"));
            var gen = ok(p.run("-m", "rename name", "--rename", "app_user.name=full_name"));
            String file = p.lastMigration();
            assertTrue(file.contains("op.renameColumn(\"app_user\", \"name\", \"full_name\");"), file);
            assertTrue(file.contains("op.renameColumn(\"app_user\", \"full_name\", \"name\");"), file);
            assertFalse(file.contains("dropColumn"), file);
            assertTrue(gen.out().contains("AG202 warning app_user.name: renames app_user.name to full_name"), gen.out());
            var sql = ok(p.run("upgrade", "head", "--sql"));
            assertTrue(sql.out().contains("alter table app_user rename column name to full_name"), sql.out()); // MariaDB adds its ALGORITHM clause
            ok(p.run("upgrade", "head"));
            assertEquals(2, db.count("select count(*) from app_user where full_name in ('ada', 'grace')"));
            clean(p);
            ok(p.run("downgrade", "-1"));
            assertEquals(2, db.count("select count(*) from app_user where name in ('ada', 'grace')"));
            assertTrue(db.inspect().table("app_user").orElseThrow().indexes().stream()
                    .anyMatch(i -> i.columns().equals(java.util.List.of("name"))), "the index follows the column back");
        }
    }

    @ParameterizedTest
    @MethodSource("io.autogen.fixtures.TestDialects#names")
    void tableRenameByFlagKeepsRowsAndReferences(String dialect) throws Exception {
        try (TestDb db = db(dialect, dir)) {
            Project p = project(db);
            p.entity("AppUser", USER.formatted("member", "name", "name"));
            var gen = ok(p.run("-m", "rename table", "--rename-table", "app_user=member"));
            String file = p.lastMigration();
            assertTrue(file.contains("op.renameTable(\"app_user\", \"member\");"), file);
            assertFalse(file.contains("dropTable"), file);
            assertTrue(gen.out().contains("AG201 warning app_user: renames table app_user to member"), gen.out());
            ok(p.run("upgrade", "head"));
            assertEquals(2, db.count("select count(*) from member"));
            assertEquals("member", db.inspect().table("purchase").orElseThrow().foreignKeys().get(0).refTable());
            clean(p);
            ok(p.run("downgrade", "-1"));
            assertEquals(2, db.count("select count(*) from app_user"));
            clean(p.run("upgrade", "head").code() == 0 ? p : p);
        }
    }

    @ParameterizedTest
    @MethodSource("io.autogen.fixtures.TestDialects#names")
    void theTerminalAsksPerCandidate(String dialect) throws Exception {
        try (TestDb db = db(dialect, dir)) {
            Project p = project(db);
            p.entity("AppUser", USER.formatted("app_user", "full_name", "full_name"));
            var gen = ok(p.runAtTerminal("y\n", "-m", "rename name"));
            assertTrue(gen.out().startsWith("app_user.name -> app_user.full_name: rename? [y/N] Generated "), gen.out());
            assertTrue(p.lastMigration().contains("op.renameColumn(\"app_user\", \"name\", \"full_name\");"));
            ok(p.run("upgrade", "head"));
            assertEquals(2, db.count("select count(*) from app_user where full_name is not null"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite"})
    void answeringNoWritesDropAndAdd(String dialect) throws Exception {
        try (TestDb db = db(dialect, dir)) {
            Project p = project(db);
            p.entity("AppUser", USER.formatted("app_user", "full_name", "full_name"));
            var gen = ok(p.runAtTerminal("n\n", "-m", "replace name"));
            assertTrue(gen.out().startsWith("app_user.name -> app_user.full_name: rename? [y/N] Generated "), gen.out());
            assertTrue(p.lastMigration().contains("op.dropColumn(\"app_user\", \"name\");"));
        }
    }

    @ParameterizedTest
    @MethodSource("io.autogen.fixtures.TestDialects#names")
    void withoutTerminalOrFlagItIsDropAndAddWithAFinding(String dialect) throws Exception {
        try (TestDb db = db(dialect, dir)) {
            Project p = project(db);
            p.entity("AppUser", USER.formatted("app_user", "full_name", "full_name").replace("nullable = false, ", ""));
            var gen = ok(p.run("-m", "replace name"));
            assertTrue(gen.out().contains("AG107 warning app_user.name: app_user.name is dropped and app_user.full_name"
                    + " added with the same type: if it is a rename, drop + add loses every value (rename it with"
                    + " --rename app_user.name=full_name)"), gen.out());
            String file = p.lastMigration();
            assertTrue(file.contains("        // AG107 warning: app_user.name is dropped and app_user.full_name added"
                    + " with the same type"), file);
            assertTrue(file.contains("op.dropColumn(\"app_user\", \"name\");"), file);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite"})
    void aRenameThatMatchesNothingIsRefusedInOneLine(String dialect) throws Exception {
        try (TestDb db = db(dialect, dir)) {
            Project p = project(db);
            p.entity("AppUser", USER.formatted("app_user", "full_name", "full_name"));
            var r = p.run("-m", "rename", "--rename", "app_user.nme=full_name");
            assertEquals(2, r.code(), r.toString());
            assertEquals("autogen: error: --rename app_user.nme=full_name matches nothing: column app_user.nme is not"
                    + " in the database\n", r.err());
            assertEquals(1, p.migrations().size(), "no file written");
            r = p.run("-m", "rename", "--rename-table", "users=members");
            assertEquals(2, r.code(), r.toString());
            assertEquals("autogen: error: --rename-table users=members matches nothing: table users is not in the"
                    + " database\n", r.err());
        }
    }
}
