package io.autogen.runtime;

import io.autogen.cli.AppProject;
import io.autogen.cli.JsonReader;
import io.autogen.cli.Project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.autogen.fixtures.TestDb;
import io.autogen.model.Schema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing lost, on PostgreSQL, for revisions that run outside a transaction (the safe forms): a failed upgrade
 * leaves the catalog, the version and every row as they were, and every write the application could make before
 * still succeeds. What can refuse a revision without touching the database (its replay on the live catalog's
 * model, an unfilled backfill, rows a NOT NULL or a unique key would refuse) runs before its first statement;
 * what destroys data runs last, in one transaction with the version rows; a step that fails after others ran has
 * them undone, in reverse.
 */
class FailedUpgradeTest {
    @TempDir Path dir;

    static final String CUSTOMER = """
            @Entity @Table(name = "customer"%s)
            public class Customer {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                %s
                String email;
                String city;
            %s}
            """;

    private static Project.Result ok(Project.Result r) {
        assertEquals(0, r.code(), r.toString());
        return r;
    }

    private static String customer(String tableExtra, String nameField, String fields) {
        return CUSTOMER.formatted(tableExtra, nameField, fields);
    }

    /** At head, customer holding {@code rows} rows: names n1.., emails e1.. (one NULL), cities c1.. . */
    private Project project(TestDb db, int rows) throws Exception {
        Project p = new Project(dir.resolve("p"), db).entity("Customer", customer("", "String name;", ""));
        ok(p.run("-m", "init"));
        ok(p.run("upgrade", "head"));
        db.exec("insert into customer (name, email, city) select 'n' || i, case when i = 1 then null else 'e' || i end,"
                + " 'c' || (i % 3) from generate_series(1, " + rows + ") i");
        return p;
    }

    /** The catalog, every row of customer and the version: what a failed upgrade must leave as it was. */
    private record Snapshot(Schema catalog, List<String> rows, String version) {}

    private static Snapshot snapshot(TestDb db, Project p) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select * from customer order by id")) {
            ResultSetMetaData md = rs.getMetaData();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    row.append(md.getColumnName(i)).append('=').append(rs.getString(i)).append(' ');
                }
                rows.add(row.toString());
            }
        }
        return new Snapshot(db.inspect(), rows, p.run("current").out());
    }

    /** Writes the application made before: a NULL email, a duplicate email, a row without a name. */
    private static void writesStillSucceed(TestDb db) throws Exception {
        db.exec("insert into customer (name, email, city) values ('late', null, 'x')",
                "insert into customer (name, email, city) values ('twin', 'e2', 'x')",
                "update customer set email = null where name = 'n3'");
    }

    @Test
    void aColumnMadeNotNullOverANullRowIsRefusedBeforeItsFirstStatement() throws Exception {
        try (TestDb db = TestDb.postgres()) {
            Project p = project(db, 20);
            // what an earlier autogen wrote for this edit: the online form, although a row holds NULL
            Path f = p.handWritten("email required",
                    "op.alterColumn(\"customer\", io.autogen.api.Ddl.column(\"email\", \"varchar(255)\").notNull().online());");
            Files.writeString(f, Files.readString(f).replaceFirst("created = \"([^\"]*)\"\\)",
                    "created = \"$1\", transactional = false)"));
            Snapshot before = snapshot(db, p);

            var failed = p.run("upgrade", "head");
            assertEquals(2, failed.code(), failed.toString());
            assertTrue(failed.err().contains("refused before its first statement, nothing was changed"), failed.err());
            assertTrue(failed.err().contains("1 row of customer holds NULL in email"), failed.err());
            assertEquals(before, snapshot(db, p));
            assertEquals(0, db.count("select count(*) from pg_constraint where conname = 'customer_email_not_null'"),
                    "no NOT VALID check left to refuse new NULLs");
            writesStillSucceed(db);
        }
    }

    @Test
    void generateLeavesTheBackfillBeforeANotNullThatTheRowsWouldRefuse() throws Exception {
        try (TestDb db = TestDb.postgres()) {
            Project p = project(db, 20);
            p.entity("Customer", customer("", "String name;", "").replace("String email;",
                    "@Column(nullable = false) String email;"));
            ok(p.run("-m", "email required"));
            String file = p.lastMigration();
            assertTrue(file.contains("op.backfill(\"customer\", \"email\", /* TODO"), file);
            assertTrue(file.indexOf("op.backfill(\"customer\", \"email\"")
                    < file.indexOf("op.alterColumn(\"customer\", column(\"email\", \"varchar(255)\").notNull()"), file);
            Snapshot before = snapshot(db, p);
            var refused = p.run("upgrade", "head");
            assertEquals(2, refused.code(), refused.toString());
            assertTrue(refused.err().contains("fill in the backfill of customer.email"), refused.err());
            assertEquals(before, snapshot(db, p));
        }
    }

    @Test
    void aUniqueKeyOverDuplicatesIsRefusedAndLeavesNoInvalidIndex() throws Exception {
        try (TestDb db = TestDb.postgres()) {
            Project p = project(db, 20);
            db.exec("update customer set email = 'e2' where name = 'n3'");
            p.entity("Customer", customer(", uniqueConstraints = @UniqueConstraint(name = \"uq_customer_email\","
                    + " columnNames = \"email\")", "String name;", ""));
            ok(p.run("-m", "unique email"));
            assertTrue(p.lastMigration().contains("named(\"uq_customer_email\").concurrently()"), p.lastMigration());
            Snapshot before = snapshot(db, p);

            var failed = p.run("upgrade", "head");
            assertEquals(2, failed.code(), failed.toString());
            assertTrue(failed.err().contains("refused before its first statement, nothing was changed"), failed.err());
            assertTrue(failed.err().contains("2 rows of customer share their email"), failed.err());
            assertEquals(before, snapshot(db, p));
            assertEquals(0, db.count("select count(*) from pg_class where relname = 'uq_customer_email'"),
                    "no INVALID index left to refuse new duplicates");
            writesStillSucceed(db);
        }
    }

    /** The issue's edit: a rename seen as drop + add, a NOT NULL column added, one made NOT NULL, a unique key, an index. */
    private static String edited() {
        return customer(", uniqueConstraints = @UniqueConstraint(name = \"uq_customer_email\", columnNames = \"email\"),"
                        + " indexes = @Index(name = \"ix_customer_city\", columnList = \"city\")",
                "String fullName;", "    @Column(nullable = false) Integer score;\n")
                .replace("String city;", "@Column(nullable = false) String city;");
    }

    @Test
    void anUnfilledBackfillRefusesTheRevisionBeforeItDropsAnything() throws Exception {
        try (TestDb db = TestDb.postgres()) {
            Project p = project(db, 200);
            db.exec("update customer set email = 'e' || id where email is null");
            p.entity("Customer", edited());
            ok(p.run("-m", "customer changes"));
            String file = p.lastMigration();
            assertTrue(file.contains("transactional = false"), file);
            assertTrue(file.indexOf("op.dropColumn(\"customer\", \"name\")") > file.indexOf("op.createIndex("),
                    "what destroys data comes last in the file, as it runs: " + file);
            Snapshot before = snapshot(db, p);

            var refused = p.run("upgrade", "head");
            assertEquals(2, refused.code(), refused.toString());
            assertTrue(refused.err().contains("fill in the backfill of customer.score"), refused.err());
            assertTrue(refused.err().contains("nothing was changed"), refused.err());
            assertEquals(before, snapshot(db, p), "200 names kept, nothing added");
            assertEquals(200, db.count("select count(*) from customer where name is not null"));

            // --sql shows the order it runs in: the drop last, inside the transaction that moves the version
            Path f = p.migrations().get(p.migrations().size() - 1);
            Files.writeString(f, Files.readString(f).replace(
                    "/* TODO: an SQL expression for the rows that hold NULL */ null", "\"0\""));
            String sql = ok(p.run("upgrade", "head", "--sql")).out();
            int drop = sql.indexOf("alter table customer drop column name;");
            assertTrue(drop > sql.lastIndexOf("begin;") && drop > sql.indexOf("create index concurrently"), sql);
            assertTrue(sql.indexOf("update autogen_version") > drop || sql.indexOf("insert into autogen_version") > drop, sql);
        }
    }

    @Test
    void aStepThatFailsAfterOthersRanHasThemUndoneInReverse() throws Exception {
        try (TestDb db = TestDb.postgres()) {
            Project p = project(db, 200);
            db.exec("update customer set email = 'e' || id where email is null");
            p.entity("Customer", edited());
            ok(p.run("-m", "customer changes"));
            Path f = p.migrations().get(p.migrations().size() - 1);
            String filled = Files.readString(f).replace(
                    "/* TODO: an SQL expression for the rows that hold NULL */ null", "\"0\"");
            // a last step no preflight can foresee failing: it fails on the database, after the online forms ran
            String failing = "op.execute(\"update customer set score = 1 / (id - id)\");\n        ";
            Files.writeString(f, filled.replaceFirst("// ### end of autogen commands ###", failing
                    + "// ### end of autogen commands ###"));
            Snapshot before = snapshot(db, p);

            var failed = p.run("upgrade", "head");
            assertEquals(2, failed.code(), failed.toString());
            assertTrue(failed.err().contains("division by zero"), failed.err());
            assertTrue(failed.err().contains("was undone"), failed.err());
            assertEquals(before, snapshot(db, p), "the added columns, the index, the key and the checks are gone; the"
                    + " names stay");
            // what a NOT VALID check or an INVALID unique index left behind would refuse
            db.exec("insert into customer (name, email, city) values ('late', 'e2', null)",
                    "delete from customer where name = 'late'");

            Files.writeString(f, filled);
            ok(p.run("upgrade", "head"));
            assertEquals(200, db.count("select count(*) from customer where score = 0"));
            assertFalse(db.inspect().table("customer").orElseThrow().column("name").isPresent());
            ok(p.run("check"));
        }
    }

    @Test
    void aHandWrittenDropBeforeAnOnlineStepRunsLastAndIsNeverCarriedOutWhenAStepFails() throws Exception {
        try (TestDb db = TestDb.postgres()) {
            Project p = project(db, 50);
            Path f = p.handWritten("by hand", """
                    op.dropColumn("customer", "city");
                            op.createIndex("customer", io.autogen.api.Ddl.index("email").named("ix_hand").concurrently());
                            op.execute("select 1 / (count(*) - count(*)) from customer");""");
            Files.writeString(f, Files.readString(f).replaceFirst("created = \"([^\"]*)\"\\)",
                    "created = \"$1\", transactional = false)"));
            Snapshot before = snapshot(db, p);
            var failed = p.run("upgrade", "head");
            assertEquals(2, failed.code(), failed.toString());
            assertTrue(failed.err().contains("was undone, nothing was changed"), failed.err());
            assertEquals(before, snapshot(db, p), "the cities kept, the index dropped");
        }
    }

    @Test
    void aBackfillOfAColumnThatWasThereRunsLastSoAFailureLeavesItsNullsAsTheyWere() throws Exception {
        try (TestDb db = TestDb.postgres()) {
            Project p = project(db, 30);
            p.entity("Customer", customer(", indexes = @Index(name = \"ix_customer_city\", columnList = \"city\")",
                    "String name;", "").replace("String email;", "@Column(nullable = false) String email;"));
            ok(p.run("-m", "email required, city indexed"));
            Path f = p.migrations().get(p.migrations().size() - 1);
            String file = Files.readString(f);
            assertTrue(file.contains("transactional = false"), file);
            assertTrue(file.indexOf("op.backfill(\"customer\", \"email\"") > file.indexOf("op.createIndex("),
                    "the backfill of a column that was there runs last, with its NOT NULL: " + file);
            String filled = file.replace("/* TODO: an SQL expression for the rows that hold NULL */ null", "\"'none'\"");
            Files.writeString(f, filled.replaceFirst("// ### end of autogen commands ###",
                    "op.execute(\"select 1 / (count(*) - count(*)) from customer\");\n        // ### end of autogen commands ###"));
            Snapshot before = snapshot(db, p);
            var failed = p.run("upgrade", "head");
            assertEquals(2, failed.code(), failed.toString());
            assertTrue(failed.err().contains("was undone, nothing was changed"), failed.err());
            assertEquals(before, snapshot(db, p), "the NULL email is still NULL, the index is gone");

            Files.writeString(f, filled);
            ok(p.run("upgrade", "head"));
            assertEquals(1, db.count("select count(*) from customer where email = 'none'"));
            ok(p.run("check"));
        }
    }

    @Test
    void whatNothingCanUndoIsNamedByUpgradeAndCheckUntilTheRevisionApplies() throws Exception {
        try (TestDb db = TestDb.postgres()) {
            Project p = project(db, 20);
            String steps = """
                    op.execute("update customer set city = 'moved'");
                            op.createIndex("customer", io.autogen.api.Ddl.index("email").named("ix_hand").concurrently());
                    """;
            Path f = p.handWritten("by hand", steps + "        op.execute(\"select 1 / (count(*) - count(*)) from customer\");");
            Files.writeString(f, Files.readString(f).replaceFirst("created = \"([^\"]*)\"\\)",
                    "created = \"$1\", transactional = false)"));
            var failed = p.run("upgrade", "head");
            assertEquals(2, failed.code(), failed.toString());
            assertTrue(failed.err().contains("was undone except op.execute(\"update customer set city = 'moved'\") (it has"
                    + " no reverse), which nothing can undo"), failed.err());
            assertEquals(0, db.count("select count(*) from pg_class where relname = 'ix_hand'"), "the index was undone");

            var check = p.run("check");
            assertEquals(1, check.code(), check.toString());
            assertTrue(check.out().contains("incomplete-upgrade: revision 0000000a0002 failed ("), check.out());
            assertTrue(check.out().contains("and left op.execute(\"update customer set city = 'moved'\")"), check.out());

            Files.writeString(f, Files.readString(f).replace(
                    "op.execute(\"select 1 / (count(*) - count(*)) from customer\");", ""));
            var again = ok(p.run("upgrade", "head"));
            assertTrue(again.err().contains("revision 0000000a0002 failed ("), "named once more: " + again.err());
            assertFalse(p.run("check").out().contains("incomplete-upgrade"), "cleared once the revision applied");
            assertFalse(ok(p.run("upgrade", "head")).err().contains("failed"), "cleared once the revision applied");
        }
    }
}
