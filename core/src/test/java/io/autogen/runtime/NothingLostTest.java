package io.autogen.runtime;

import io.autogen.cli.AppProject;
import io.autogen.cli.JsonReader;
import io.autogen.cli.Project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.autogen.fixtures.TestDb;
import io.autogen.model.Schema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Promise 2: a failed migration changes nothing, a SQLite rebuild keeps every row, concurrent runs apply once. */
class NothingLostTest {
    @TempDir Path dir;

    static final String TICKET = """
            @Entity @Table(name = "ticket", indexes = @Index(name = "ix_ticket_seat", columnList = "seat"))
            public class Ticket {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                @Column(nullable = false, length = %d) String seat;
                @Column(precision = 10, scale = 2) java.math.BigDecimal price;
                @ManyToOne @JoinColumn(name = "owner_id") Owner owner;
            }
            """;
    static final String OWNER = """
            @Entity @Table(name = "owner")
            public class Owner {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                @Column(length = 40) String name;
            }
            """;

    @Test
    void sqliteRebuildKeepsEveryRowIndexTriggerAndForeignKey() throws Exception {
        TestDb db = TestDb.sqlite(dir);
        Project p = new Project(dir.resolve("p"), db).entity("Owner", OWNER).entity("Ticket", TICKET.formatted(12));
        Files.writeString(p.dir.resolve("autogen.properties"), "exclude.tables=aud*\n", java.nio.file.StandardOpenOption.APPEND);
        p.run("-m", "init");
        assertEquals(0, p.run("upgrade", "head").code());
        db.exec("insert into owner (id, name) values (1, 'ann'), (2, 'bob')");
        StringBuilder rows = new StringBuilder("insert into ticket (id, seat, price, owner_id) values ");
        for (int i = 1; i <= 500; i++) {
            rows.append(i == 1 ? "" : ", ").append("(").append(i).append(", 'S").append(i).append("', ")
                    .append(i).append(".25, ").append(i % 3 == 0 ? "null" : String.valueOf(1 + i % 2)).append(")");
        }
        db.exec(rows.toString(), "create table audit (ticket_id integer)",
                "create trigger ticket_audit after insert on ticket begin insert into audit values (new.id); end",
                "create view audit_seats as select seat from ticket");
        List<String> before = dump(db);

        p.entity("Ticket", TICKET.formatted(30)); // length change: SQLite cannot ALTER it, autogen rebuilds
        assertEquals(0, p.run("-m", "longer seats").code());
        assertTrue(!p.lastMigration().contains("audit"), "excluded tables are never proposed: " + p.lastMigration());
        assertTrue(p.run("upgrade", "head", "--sql").out().contains("insert into _autogen_new_ticket"));
        var up = p.run("upgrade", "head");
        assertEquals(0, up.code(), up.toString());

        assertEquals(before, dump(db), "every row, value for value");
        Schema after = db.inspect();
        var ticket = after.table("ticket").orElseThrow();
        assertEquals("varchar(30)", ticket.column("seat").orElseThrow().type());
        assertEquals(List.of("ix_ticket_seat"), ticket.indexes().stream().map(i -> i.name()).toList());
        assertEquals(1, ticket.foreignKeys().size());
        assertEquals(1, db.count("select count(*) from sqlite_master where type = 'trigger' and name = 'ticket_audit'"));
        db.exec("insert into ticket (id, seat) values (1000, 'X')");
        assertEquals(1, db.count("select count(*) from audit where ticket_id = 1000"), "the trigger still fires");
        assertEquals(0, db.count("select count(*) from sqlite_master where name like '_autogen_new_%'"));
        assertEquals(501, db.count("select count(*) from audit_seats"), "a view on the rebuilt table still works");

        assertEquals(0, p.run("downgrade", "-1").code());
        assertEquals(501, db.count("select count(*) from ticket"));
    }

    @Test
    void sqliteRebuildThatBreaksAForeignKeyIsRolledBack() throws Exception {
        TestDb db = TestDb.sqlite(dir);
        Project p = new Project(dir.resolve("p"), db).entity("Owner", OWNER).entity("Ticket", TICKET.formatted(12));
        p.run("-m", "init");
        p.run("upgrade", "head");
        // a row pointing at an owner that does not exist: the rebuild's foreign key check must refuse it
        db.exec("insert into ticket (id, seat, owner_id) values (1, 'A1', 99)");
        p.entity("Ticket", TICKET.formatted(30));
        p.run("-m", "longer seats");
        Schema before = db.inspect();
        var r = p.run("upgrade", "head");
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("foreign key check failed"), r.err());
        assertEquals(before, db.inspect());
        assertEquals("0000000a0001 init\n", p.run("current").out().replace(" (head)", ""));
    }

    @ParameterizedTest
    @MethodSource("io.autogen.fixtures.TestDialects#names")
    void failedMigrationLeavesCatalogAndVersionAsBefore(String dialect) throws Exception {
        try (TestDb db = TestDb.of(dialect, dir)) {
            Project p = new Project(dir.resolve("p"), db).entity("Owner", OWNER);
            p.run("-m", "init");
            p.run("upgrade", "head");
            p.handWritten("half way", "op.addColumn(\"owner\", io.autogen.api.Ddl.column(\"nick\", \"varchar(20)\"));\n"
                    + "        op.createTable(\"extra\", io.autogen.api.Ddl.column(\"id\", \"integer\"));\n"
                    + "        op.execute(\"update no_such_table set x = 1\");");
            Schema before = db.inspect();
            var r = p.run("upgrade", "head");
            assertEquals(2, r.code(), r.toString());
            assertTrue(r.err().startsWith("autogen: error: revision 0000000a0002 (half way) upgrade failed and was rolled back"),
                    r.err());
            assertTrue(r.err().contains("statement: update no_such_table set x = 1"), r.err());
            assertEquals(before, db.inspect(), "catalog exactly as before");
            assertEquals("0000000a0001 init\n", p.run("current").out().replace(" (head)", ""));
        }
    }

    @ParameterizedTest
    @MethodSource("io.autogen.fixtures.TestDialects#names")
    void aFailingStatementInTheBatchIsNamedAndRolledBack(String dialect) throws Exception {
        try (TestDb db = TestDb.of(dialect, dir)) {
            Project p = new Project(dir.resolve("p"), db).entity("Owner", OWNER);
            p.run("-m", "init");
            p.run("upgrade", "head");
            db.exec("insert into owner (id) values (1)", "insert into owner (id) values (2)");
            // the database refuses the unique index (two rows share the default), which the model cannot know
            p.handWritten("bad index", "op.addColumn(\"owner\", io.autogen.api.Ddl.column(\"nick\", \"varchar(20)\").defaultValue(\"'x'\"));\n"
                            + "        op.createIndex(\"owner\", io.autogen.api.Ddl.index(\"id\").named(\"ix_id\"));\n"
                            + "        op.createIndex(\"owner\", io.autogen.api.Ddl.uniqueIndex(\"nick\").named(\"ix_nick\"));\n"
                            + "        op.createTable(\"later\", io.autogen.api.Ddl.column(\"id\", \"integer\"));");
            Schema before = db.inspect();
            var r = p.run("upgrade", "head");
            assertEquals(2, r.code(), r.toString());
            assertTrue(r.err().contains("statement: create unique index ix_nick on owner (nick)"), r.err());
            assertEquals(before, db.inspect());
        }
    }

    @ParameterizedTest
    @MethodSource("io.autogen.fixtures.TestDialects#names")
    void concurrentUpgradesApplyEachMigrationOnce(String dialect) throws Exception {
        try (TestDb db = TestDb.of(dialect, dir)) {
            Project p = new Project(dir.resolve("p"), db).entity("Owner", OWNER);
            p.run("-m", "init");
            for (int i = 0; i < 4; i++) {
                p.handWritten("step " + i, "op.addColumn(\"owner\", io.autogen.api.Ddl.column(\"c" + i + "\", \"integer\"));");
            }
            p.run("check", "--offline"); // compiles once, so both runs start together
            // two OS processes, as two deploys would be
            List<Process> procs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                procs.add(new ProcessBuilder("java", "-cp", System.getProperty("java.class.path"), "io.autogen.cli.Main",
                        "upgrade", "head").directory(p.dir.toFile()).redirectErrorStream(true).start());
            }
            int applied = 0;
            for (Process proc : procs) {
                String out = new String(proc.getInputStream().readAllBytes());
                assertEquals(0, proc.waitFor(), out);
                applied += (int) out.lines().filter(l -> l.startsWith("Applied")).count();
            }
            assertEquals(5, applied, "each of the 5 migrations applied exactly once across both processes");
            assertEquals(5, db.count("select count(*) from autogen_history"));
            assertEquals(1, db.count("select count(*) from autogen_version"));
        }
    }

    @ParameterizedTest
    @MethodSource("io.autogen.fixtures.TestDialects#names")
    void editedAppliedMigrationIsReported(String dialect) throws Exception {
        try (TestDb db = TestDb.of(dialect, dir)) {
            Project p = new Project(dir.resolve("p"), db).entity("Owner", OWNER);
            p.run("-m", "init");
            p.run("upgrade", "head");
            Path f = p.migrations().get(0);
            Files.writeString(f, Files.readString(f).replace("// ### end of autogen commands ###\n    }\n\n    @Override\n    public void downgrade",
                    "op.execute(\"select 1\");\n        // ### end of autogen commands ###\n    }\n\n    @Override\n    public void downgrade"));
            String expected = "autogen: warning: revision 0000000a0001 was edited after it was applied";
            assertTrue(p.run("current").err().startsWith(expected), p.run("current").err());
            assertTrue(p.run("history").err().startsWith(expected));
            assertTrue(p.run("history").out().contains("edited since applied"));
            // upgrade refuses to build on an edited migration: exit 2, naming the file and what changed
            var refused = p.run("upgrade", "head");
            assertEquals(2, refused.code(), refused.toString());
            assertEquals(1, refused.err().lines().count(), refused.err());
            assertTrue(refused.err().startsWith("autogen: error: revision 0000000a0001 (migrations/"
                    + f.getFileName() + ") was edited after it was applied"), refused.err());
            assertTrue(refused.err().contains("--allow-edited"), refused.err());
            var allowed = p.run("upgrade", "head", "--allow-edited");
            assertEquals(0, allowed.code(), allowed.toString());
            assertTrue(allowed.err().startsWith(expected), allowed.err());
            // a comment is not an edit
            Files.writeString(f, Files.readString(f).replace("op.execute(\"select 1\");\n", ""));
            Files.writeString(f, Files.readString(f).replace("public class", "// reviewed by bob\npublic class"));
            assertEquals("", p.run("current").err());
        }
    }

    @ParameterizedTest
    @MethodSource("io.autogen.fixtures.TestDialects#names")
    void checkNamesAnEditedMigrationInsteadOfTheDriftItCauses(String dialect) throws Exception {
        try (TestDb db = TestDb.of(dialect, dir)) {
            Project p = new Project(dir.resolve("p"), db).entity("Owner", OWNER);
            p.run("-m", "init");
            p.run("upgrade", "head");
            assertEquals(0, p.run("check").code());
            Path f = p.migrations().get(0);
            Files.writeString(f, Files.readString(f).replace("// ### end of autogen commands ###\n    }\n\n    @Override\n    public void downgrade",
                    "op.addColumn(\"owner\", column(\"bio\", \"varchar(10)\"));\n        // ### end of autogen commands ###\n    }\n\n    @Override\n    public void downgrade"));
            var r = p.run("check");
            assertEquals(1, r.code(), r.toString());
            assertTrue(r.out().startsWith("edited-migration: revision 0000000a0001 (migrations/" + f.getFileName()
                    + ") was edited after it was applied"), r.out());
            assertTrue(!r.out().contains("database-drift") && !r.out().contains("bio"), "the edit, not its drift: " + r.out());
            assertTrue(r.out().contains("fix: revert the edit"), r.out());
            var json = p.run("check", "--format", "json");
            assertTrue(json.out().contains("\"kind\": \"edited-migration\""), json.out());
        }
    }

    private static List<String> dump(TestDb db) throws Exception {
        List<String> out = new ArrayList<>();
        try (var c = db.connect(); var st = c.createStatement();
             ResultSet rs = st.executeQuery("select id, seat, price, owner_id from ticket order by id")) {
            while (rs.next()) {
                out.add(rs.getLong(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4));
            }
        }
        return out;
    }
}
