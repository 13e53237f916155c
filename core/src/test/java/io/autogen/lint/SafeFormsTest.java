package io.autogen.lint;

import io.autogen.cli.AppProject;
import io.autogen.cli.JsonReader;
import io.autogen.cli.Project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.autogen.fixtures.TestDb;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The safe forms -m writes where a table holds rows: add nullable + backfill + set NOT NULL (any database), and on
 * PostgreSQL CREATE INDEX CONCURRENTLY, unique keys USING an index built so, NOT VALID + VALIDATE, in a revision
 * that runs outside a transaction and finishes when run again.
 */
class SafeFormsTest {
    @TempDir Path dir;

    static final String USER = """
            @Entity @Table(name = "app_user"%s)
            public class AppUser {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                @Column(nullable = false, length = 80) String name;
                String email;
            %s}
            """;

    static final String TEAM = """
            @Entity @Table(name = "team")
            public class Team {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                String title;
            }
            """;

    private static Project.Result ok(Project.Result r) {
        assertEquals(0, r.code(), r.toString());
        return r;
    }

    private static String user(String tableExtra, String fields) {
        return USER.formatted(tableExtra, fields);
    }

    /** Initialised, at head, app_user holding three rows (two share an email), team one row. */
    private Project project(TestDb db) throws Exception {
        Project p = new Project(dir.resolve("p"), db).entity("AppUser", user("", "")).entity("Team", TEAM);
        Files.writeString(p.dir.resolve("autogen.properties"), "lock.timeout=30s\n", StandardOpenOption.APPEND);
        ok(p.run("-m", "init"));
        ok(p.run("upgrade", "head"));
        db.exec("insert into app_user (name, email) values ('ada', 'a@x')",
                "insert into app_user (name, email) values ('bob', 'a@x')",
                "insert into app_user (name, email) values ('cy', 'c@x')",
                "insert into team (title) values ('core')");
        return p;
    }

    private static void noDrift(Project p) {
        ok(p.run("check"));
        ok(p.run("check", "--offline"));
    }

    @ParameterizedTest
    @MethodSource("io.autogen.fixtures.TestDialects#names")
    void aNotNullColumnOnRowsIsThreeStepsThatRefuseToRunUntilTheBackfillIsFilledIn(String dialect) throws Exception {
        try (TestDb db = TestDb.of(dialect, dir)) {
            Project p = project(db);
            p.entity("AppUser", user("", "    @Column(nullable = false) Integer rank;\n"));
            var gen = ok(p.run("-m", "add rank"));
            assertTrue(gen.out().contains("(revision 0000000a0002, 3 operations)"), gen.out());
            String file = p.lastMigration();
            // on MariaDB/MySQL the last step also rebuilds the table, and says so (AG411)
            assertEquals(dialect.equals("mariadb"), file.contains("""
                            // AG411 warning: makes app_user.rank NOT NULL, which rebuilds app_user whole (app_user holds 3 rows)
                    """), file);
            file = file.replaceAll("        // AG411 [^\n]*\n", "");
            assertTrue(file.contains("""
                            op.addColumn("app_user", column("rank", "integer"));
                            // AG301 error: adds app_user.rank NOT NULL without a default to a table that holds rows\
                     (app_user holds 3 rows): its backfill is not filled in, and the migration refuses to run until it is
                            op.backfill("app_user", "rank", /* TODO: an SQL expression for the rows that hold NULL */ null);
                            op.alterColumn("app_user", column("rank", "integer").notNull()); // was integer
                    """), file);
            assertFalse(file.contains("transactional"), "nothing here needs to run outside a transaction: " + file);
            assertEquals(1, p.run("lint").code(), "an unfilled backfill is an error");
            ok(p.run("check", "--offline")); // the model replays it: the schema is known

            var refused = p.run("upgrade", "head");
            assertEquals(2, refused.code(), refused.toString());
            assertTrue(refused.err().contains("fill in the backfill of app_user.rank before applying"), refused.err());
            assertFalse(db.inspect().table("app_user").orElseThrow().column("rank").isPresent(), "rolled back");

            Path f = p.migrations().get(p.migrations().size() - 1);
            Files.writeString(f, Files.readString(f).replace(
                    "/* TODO: an SQL expression for the rows that hold NULL */ null", "\"0\""));
            ok(p.run("upgrade", "head"));
            assertEquals(3, db.count("select count(*) from app_user where rank = 0"));
            assertFalse(db.inspect().table("app_user").orElseThrow().column("rank").orElseThrow().nullable());
            noDrift(p);
            ok(p.run("downgrade", "-1"));
            assertFalse(db.inspect().table("app_user").orElseThrow().column("rank").isPresent());
        }
    }

    @Test
    void withAColumnDefaultTheDefaultFillsTheRowsAndNoBackfillIsWritten() throws Exception {
        try (TestDb db = TestDb.sqlite(dir)) {
            Project p = project(db);
            p.entity("AppUser", user("", "    @ColumnDefault(\"7\") @Column(nullable = false) Integer rank;\n"));
            ok(p.run("-m", "add rank"));
            String file = p.lastMigration();
            assertTrue(file.contains("op.addColumn(\"app_user\", column(\"rank\", \"integer\").notNull().defaultValue(\"7\"));"),
                    file);
            assertFalse(file.contains("backfill"), file);
            ok(p.run("upgrade", "head"));
            assertEquals(3, db.count("select count(*) from app_user where rank = 7"));
        }
    }

    @Test
    void anExistingColumnMadeNotNullIsCheckedFirstOutsideATransaction() throws Exception {
        try (TestDb db = TestDb.postgres()) {
            Project p = project(db);
            db.exec("update app_user set email = 'none@x' where email is null");
            p.entity("AppUser", user("", "").replace("String email;", "@Column(nullable = false) String email;"));
            var gen = ok(p.run("-m", "email required"));
            assertFalse(gen.out().contains("AG302"), "no NULLs and no scan under the lock: nothing left to flag: " + gen.out());
            String file = p.lastMigration();
            assertTrue(file.contains("op.alterColumn(\"app_user\", column(\"email\", \"varchar(255)\").notNull().online());"),
                    file);
            assertTrue(file.contains(", transactional = false)"), file);
            assertTrue(file.contains("op.alterColumn(\"app_user\", column(\"email\", \"varchar(255)\")); // was"), file);
            String sql = ok(p.run("upgrade", "head", "--sql")).out();
            List<String> expected = List.of(
                    "alter table app_user add constraint app_user_email_not_null check (email is not null) not valid",
                    "alter table app_user validate constraint app_user_email_not_null;",
                    "alter table app_user alter column email set not null;",
                    "alter table app_user drop constraint if exists app_user_email_not_null;");
            int at = -1;
            for (String e : expected) {
                int i = sql.indexOf(e);
                assertTrue(i > at, "in order: " + e + "\n" + sql);
                at = i;
            }
            ok(p.run("upgrade", "head"));
            assertEquals(1, db.count("select count(*) from information_schema.columns where table_name = 'app_user'"
                    + " and column_name = 'email' and is_nullable = 'NO'"));
            assertEquals(0, db.count("select count(*) from pg_constraint where conname = 'app_user_email_not_null'"));
            noDrift(p);
            ok(p.run("downgrade", "-1"));
            assertEquals(1, db.count("select count(*) from information_schema.columns where table_name = 'app_user'"
                    + " and column_name = 'email' and is_nullable = 'YES'"));
        }
    }

    @Test
    void lintNamesAnOnlineFormInATransactionalRevisionBeforeUpgradeRefusesIt() throws Exception {
        try (TestDb db = TestDb.postgres()) {
            Project p = project(db);
            Path f = p.handWritten("index by hand",
                    "op.createIndex(\"app_user\", io.autogen.api.Ddl.index(\"email\").named(\"ix_hand\").concurrently());");
            var lint = p.run("lint");
            assertEquals(1, lint.code(), lint.toString());
            assertTrue(lint.out().contains("AG501 error app_user: the online form on app_user cannot run inside the"
                    + " transaction this revision runs in"), lint.out());
            assertEquals(2, p.run("upgrade", "head").code(), "what lint said: upgrade refuses it");
            Files.writeString(f, Files.readString(f).replaceFirst("created = \"([^\"]*)\"\\)",
                    "created = \"$1\", transactional = false)"));
            var again = p.run("lint");
            assertEquals(0, again.code(), again.toString());
            assertFalse(again.out().contains("AG501"), again.out());
            ok(p.run("upgrade", "head"));
        }
    }

    @Test
    void aConcurrentIndexBuildRunsOutsideATransactionAndDoesNotBlockAWriter() throws Exception {
        try (TestDb db = TestDb.postgres()) {
            Project p = project(db);
            p.entity("AppUser", user(", indexes = @Index(name = \"ix_user_email\", columnList = \"email\")", ""));
            var gen = ok(p.run("-m", "index email"));
            assertFalse(gen.out().contains("AG401"), "the safe form is written, not flagged: " + gen.out());
            String file = p.lastMigration();
            assertTrue(file.contains(", transactional = false)\npublic class"), file);
            assertTrue(file.contains("Runs OUTSIDE a transaction"), file);
            assertTrue(file.contains("op.createIndex(\"app_user\", index(\"email\").named(\"ix_user_email\").concurrently());"),
                    file);
            assertTrue(file.contains("op.dropIndex(\"app_user\", index(\"email\").named(\"ix_user_email\").concurrently());"),
                    file);
            String sql = ok(p.run("upgrade", "head", "--sql")).out();
            assertTrue(sql.contains("create index concurrently if not exists ix_user_email on app_user (email);"), sql);
            assertTrue(sql.contains("\\gexec"), sql);

            // a writer with an open transaction: CONCURRENTLY waits for it to end, and meanwhile other writers go on
            try (Connection early = db.connect(); Connection writer = db.connect()) {
                try (var st = early.createStatement()) {
                    st.execute("insert into app_user (name) values ('early')");
                }
                CompletableFuture<Project.Result> up = CompletableFuture.supplyAsync(() -> p.run("upgrade", "head"));
                long waiting = 0;
                for (int i = 0; i < 200 && waiting == 0; i++) {
                    Thread.sleep(50);
                    waiting = db.count("select count(*) from pg_stat_activity where query like"
                            + " 'create index concurrently%' and wait_event_type is not null and pid <> pg_backend_pid()");
                }
                assertEquals(1, waiting, "the concurrent build waits for the open transaction");
                try (var st = writer.createStatement()) {
                    st.execute("set statement_timeout = 3000");
                    st.execute("insert into app_user (name, email) values ('during', 'd@x')");
                    st.execute("update app_user set name = 'ada2' where name = 'ada'");
                }
                writer.commit(); // not blocked by the build: a plain CREATE INDEX would hold this writer back
                assertFalse(up.isDone(), "still building");
                early.commit();
                ok(up.get(60, TimeUnit.SECONDS));
            }
            assertEquals(1, db.count("select count(*) from pg_index x join pg_class c on c.oid = x.indexrelid"
                    + " where c.relname = 'ix_user_email' and x.indisvalid"));
            noDrift(p);
            ok(p.run("downgrade", "-1"));
            assertEquals(0, db.count("select count(*) from pg_class where relname = 'ix_user_email'"));
        }
    }

    @Test
    void aForeignKeyIsAddedNotValidThenValidated() throws Exception {
        try (TestDb db = TestDb.postgres()) {
            Project p = project(db);
            p.entity("AppUser", user("", "    @ManyToOne @JoinColumn(name = \"team_id\", foreignKey ="
                    + " @ForeignKey(name = \"fk_user_team\")) Team team;\n"));
            ok(p.run("-m", "user team"));
            String file = p.lastMigration();
            assertTrue(file.contains("op.addForeignKey(\"app_user\", foreignKey(\"team_id\").references(\"team\", \"id\")"
                    + ".named(\"fk_user_team\").notValid());"), file);
            assertTrue(file.contains("transactional = false"), file);
            String sql = ok(p.run("upgrade", "head", "--sql")).out();
            assertTrue(sql.contains("references team (id) not valid; end if; end $autogen$;"), sql);
            assertTrue(sql.contains("alter table app_user validate constraint fk_user_team;"), sql);
            ok(p.run("upgrade", "head"));
            assertEquals(1, db.count("select count(*) from pg_constraint where conname = 'fk_user_team' and convalidated"));
            noDrift(p);
        }
    }

    @Test
    void aFailedConcurrentUniqueBuildLeavesNoInvalidIndexAfterTheRetry() throws Exception {
        try (TestDb db = TestDb.postgres()) {
            Project p = project(db);
            p.entity("AppUser", user(", uniqueConstraints = @UniqueConstraint(name = \"uq_user_email\","
                    + " columnNames = \"email\")", ""));
            var gen = ok(p.run("-m", "unique email"));
            assertTrue(gen.out().contains("AG303 error"), "the duplicates are still named: " + gen.out());
            assertTrue(p.lastMigration().contains(
                    "op.addUniqueConstraint(\"app_user\", unique(\"email\").named(\"uq_user_email\").concurrently());"),
                    p.lastMigration());

            var failed = p.run("upgrade", "head");
            assertEquals(2, failed.code(), failed.toString());
            assertTrue(failed.err().contains("refused before its first statement, nothing was changed: 2 rows of"
                    + " app_user share their email"), failed.err());
            String invalid = "select count(*) from pg_index x join pg_class c on c.oid = x.indexrelid"
                    + " where c.relname = 'uq_user_email' and not x.indisvalid";
            assertEquals(0, db.count("select count(*) from pg_class where relname = 'uq_user_email'"), "nothing built");
            assertTrue(p.run("current").out().startsWith("0000000a0001"), "the version did not move");

            // an INVALID index that a failed build left (an earlier autogen, a crash): found, dropped and built again
            try (Connection c = db.connect()) {
                c.setAutoCommit(true);
                try (var st = c.createStatement()) {
                    st.execute("create unique index concurrently uq_user_email on app_user (email)");
                } catch (java.sql.SQLException expected) {
                    // could not create unique index: the duplicates
                }
            }
            assertEquals(1, db.count(invalid), "the failed build left an INVALID index");
            db.exec("update app_user set email = 'b@x' where name = 'bob'");
            ok(p.run("upgrade", "head"));
            assertEquals(0, db.count(invalid), "dropped and rebuilt");
            assertEquals(1, db.count("select count(*) from pg_constraint where conname = 'uq_user_email' and contype = 'u'"));
            assertTrue(p.run("current").out().startsWith("0000000a0002"), p.run("current").out());
            noDrift(p);
            ok(p.run("downgrade", "-1"));
            assertEquals(0, db.count("select count(*) from pg_class where relname = 'uq_user_email'"));
        }
    }
}
