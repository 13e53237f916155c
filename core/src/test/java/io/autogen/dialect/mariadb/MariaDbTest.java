package io.autogen.dialect.mariadb;

import static io.autogen.dialect.mariadb.CliRun.last;
import static io.autogen.dialect.mariadb.CliRun.ok;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.autogen.dialect.mariadb.CliRun.Result;
import io.autogen.fixtures.TestDb;
import io.autogen.model.Schema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What only MariaDB (and MySQL) has: DDL that commits on its own, so a migration failing half-way is undone statement
 * by statement, and the upgrade lock is a session lock ({@code GET_LOCK}) that two processes wait on in turn.
 */
class MariaDbTest {
    @TempDir Path dir;

    private static final String CUSTOMER = """
            package app;

            import jakarta.persistence.*;

            @Entity @Table(name = "customer")
            public class Customer {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                String name;
                String email;
            %s}
            """;

    private static final String TAG = """
            package app;

            import jakarta.persistence.*;

            @Entity @Table(name = "tag")
            public class Tag {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                String label;
            %s}
            """;

    private final CliRun cli = new CliRun("2026-11-22T05:30:00Z", 0xb0000);

    private static TestDb mariadb() {
        Assumptions.assumeTrue(io.autogen.fixtures.TestDialects.names().anyMatch("mariadb"::equals),
                "MariaDB joins the tests with AUTOGEN_TEST_MARIADB=true");
        return TestDb.of("mariadb", null);
    }

    private Path project(TestDb db, String fields) throws IOException {
        Path p = dir.resolve("p");
        Files.createDirectories(p.resolve("entities/app"));
        Files.writeString(p.resolve("autogen.properties"), "url=" + db.url() + "\nentities=entities\nmigrations=migrations\n");
        Files.writeString(p.resolve("entities/app/Customer.java"), CUSTOMER.formatted(fields));
        return p;
    }

    private Result run(Path p, String... args) {
        return cli.run(p, args);
    }

    private static String output(Process proc) {
        try {
            return new String(proc.getInputStream().readAllBytes());
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static List<String> rows(TestDb db) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = db.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select * from customer order by id")) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    row.append(rs.getMetaData().getColumnName(i)).append('=').append(rs.getString(i)).append(' ');
                }
                out.add(row.toString());
            }
        }
        return out;
    }

    @Test
    void aMigrationFailingHalfWayLeavesCatalogAndRowsAsBeforeAndSaysWhatRanAndWhatWasUndone() throws Exception {
        try (TestDb db = mariadb()) {
            Path p = project(db, "");
            ok(run(p, "-m", "init"));
            ok(run(p, "upgrade", "head"));
            db.exec("insert into customer (name, email) values ('ada', 'a@x'), ('bob', null), ('cy', 'c@x')");
            // an edit autogen writes (a column, an index, a wider type), then a hand-written step that fails on the server
            Files.writeString(p.resolve("entities/app/Customer.java"), CUSTOMER.formatted(
                    "    Integer score;\n").replace("@Table(name = \"customer\")",
                    "@Table(name = \"customer\", indexes = @Index(name = \"ix_customer_email\", columnList = \"email\"))")
                    .replace("String name;", "@Column(length = 400) String name;"));
            ok(run(p, "-m", "score, index, longer name"));
            Path f = last(p);
            Files.writeString(f, Files.readString(f).replaceFirst("// ### end of autogen commands ###",
                    "op.execute(\"insert into no_such_table values (1)\");\n        // ### end of autogen commands ###"));
            Schema catalog = db.inspect();
            List<String> rows = rows(db);

            Result failed = run(p, "upgrade", "head");
            assertEquals(2, failed.code(), failed.toString());
            assertTrue(failed.err().contains("upgrade failed and was rolled back"), failed.err());
            assertTrue(failed.err().contains("ran addColumn customer, alterColumn customer, addConstraint customer"),
                    failed.err());
            assertTrue(failed.err().contains("undone in reverse: addConstraint customer, alterColumn customer, addColumn customer"),
                    failed.err());
            assertTrue(failed.err().contains("statement: insert into no_such_table values (1)"), failed.err());
            assertEquals(catalog, db.inspect(), "the column, the index and the wider type are gone");
            assertEquals(rows, rows(db), "every row as it was");
            assertTrue(ok(run(p, "current")).out().startsWith("0000000b0001"), "the version did not move");

            Files.writeString(f, Files.readString(f).replace("op.execute(\"insert into no_such_table values (1)\");", ""));
            ok(run(p, "upgrade", "head"));
            ok(run(p, "check"));
            assertEquals(rows.size(), db.count("select count(*) from customer where score is null"));
        }
    }

    /**
     * MariaDB keeps an index on a {@code text} column (longer than a key) as a prefix index, {@code body(768)} in
     * utf8mb4: it is the entity's index on the whole column, not one to create again on every {@code -m}. An index
     * with a prefix of another length (written by hand) is not modelled, so not dropped either.
     */
    @Test
    void anIndexOnATextColumnIsNoDriftAfterTheServerGaveItAPrefix() throws Exception {
        try (TestDb db = mariadb()) {
            Path p = project(db, "    @Column(columnDefinition = \"text\") String notes;\n");
            Path customer = p.resolve("entities/app/Customer.java");
            Files.writeString(customer, Files.readString(customer).replace("@Table(name = \"customer\")",
                            "@Table(name = \"customer\", indexes = @Index(name = \"ix_customer_notes\", columnList = \"notes\"))"));
            ok(run(p, "-m", "init"));
            ok(run(p, "upgrade", "head"));
            assertEquals(1, db.count("select count(*) from information_schema.statistics where table_schema = database()"
                    + " and index_name = 'ix_customer_notes' and sub_part is not null"), "the server made it a prefix index");
            assertTrue(ok(run(p, "-m", "nothing")).out().contains("No changes detected"));
            db.exec("create index ix_customer_notes_10 on customer (notes(10))");
            assertTrue(ok(run(p, "-m", "nothing either")).out().contains("No changes detected"));
            ok(run(p, "check"));
        }
    }

    @Test
    void twoProcessesUpgradingAtOnceApplyEachMigrationOnce() throws Exception {
        try (TestDb db = mariadb()) {
            Path p = project(db, "");
            ok(run(p, "-m", "init"));
            ok(run(p, "upgrade", "head"));
            Files.writeString(p.resolve("entities/app/Customer.java"), CUSTOMER.formatted("    Integer score;\n"));
            ok(run(p, "-m", "score"));
            ok(run(p, "upgrade", "head"));
            Files.writeString(p.resolve("entities/app/Customer.java"), CUSTOMER.formatted(
                    "    Integer score;\n    String city;\n"));
            ok(run(p, "-m", "city"));
            ok(run(p, "downgrade", "base"));
            assertEquals(0, db.count("select count(*) from autogen_history"));
            // one process holds the lock while the other starts: both must end at head, each migration applied once
            List<Process> procs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                ProcessBuilder pb = new ProcessBuilder("java", "-cp", System.getProperty("java.class.path"),
                        "io.autogen.cli.Main", "upgrade", "head").directory(p.toFile()).redirectErrorStream(true);
                pb.environment().remove("AUTOGEN_URL");
                pb.environment().remove("AUTOGEN_DAEMON");
                procs.add(pb.start());
            }
            for (Process proc : procs) {
                String output = new String(proc.getInputStream().readAllBytes());
                assertEquals(0, proc.waitFor(), output);
            }
            assertEquals(3, db.count("select count(*) from autogen_history"), "three revisions, each recorded once");
            assertEquals(1, db.count("select count(*) from autogen_version"));
            assertEquals(1, db.count("select count(*) from information_schema.columns where table_schema = database()"
                    + " and table_name = 'customer' and column_name = 'city'"));
            ok(run(p, "check"));
        }
    }

    @Test
    void anUpgradeKilledHalfWayIsFoundByTheNextOneWhichCompletesIt() throws Exception {
        try (TestDb db = mariadb()) {
            Path p = project(db, "");
            Files.writeString(p.resolve("entities/app/Tag.java"), TAG.formatted(""));
            ok(run(p, "-m", "init"));
            ok(run(p, "upgrade", "head"));
            db.exec("insert into customer (name, email) values ('ada', 'a@x'), ('bob', null)",
                    "insert into tag (label) values ('x')");
            Files.writeString(p.resolve("entities/app/Customer.java"), CUSTOMER.formatted("    Integer score;\n"));
            Files.writeString(p.resolve("entities/app/Tag.java"), TAG.formatted("    String colour;\n"));
            ok(run(p, "-m", "score and colour"));
            String migration = Files.readString(last(p));
            assertTrue(migration.indexOf("\"customer\"") < migration.indexOf("\"tag\""), migration);

            long waiting;
            try (Connection holder = db.connect(); Statement st = holder.createStatement()) {
                holder.setAutoCommit(false);
                st.executeQuery("select * from tag").close(); // holds tag's metadata lock until this transaction ends
                ProcessBuilder pb = new ProcessBuilder("java", "-cp", System.getProperty("java.class.path"),
                        "io.autogen.cli.Main", "upgrade", "head").directory(p.toFile()).redirectErrorStream(true);
                pb.environment().remove("AUTOGEN_URL");
                pb.environment().remove("AUTOGEN_DAEMON");
                Process proc = pb.start();
                waiting = 0;
                for (int i = 0; i < 600 && waiting == 0; i++) { // the first step done, the second waiting for tag
                    Thread.sleep(100);
                    waiting = db.count("select coalesce(max(id), 0) from information_schema.processlist"
                            + " where state like 'Waiting for table metadata lock%' and info like 'alter table%tag%'");
                    assertTrue(proc.isAlive() || waiting > 0, () -> "the upgrade ended early: " + output(proc));
                }
                assertTrue(waiting > 0, "the upgrade reached its second step");
                assertEquals(1, db.count("select count(*) from information_schema.columns where table_schema = database()"
                        + " and table_name = 'customer' and column_name = 'score'"), "its first step is committed");
                proc.destroyForcibly(); // kill -9, half-way through the migration
                proc.waitFor();
                db.exec("kill " + waiting); // its statement dies with it (a server may also finish it: the catalog tells)
                holder.commit();
            }

            Result stopped = run(p, "check");
            assertEquals(1, stopped.code(), stopped.toString());
            assertTrue(stopped.out().contains("incomplete-upgrade"), stopped.toString());
            assertTrue(stopped.out().contains("did not finish (its process stopped, or it is still running) after"
                    + " addColumn customer;"), stopped.toString());

            Result resumed = ok(run(p, "upgrade", "head"));
            assertTrue(resumed.out().contains("score and colour"), resumed.toString());
            assertTrue(resumed.err().contains("did not finish"), "the upgrade says what it found: " + resumed);
            ok(run(p, "check"));
            assertEquals(0, db.count("select count(*) from autogen_history where revision like '~%' or revision like '!%'"));
            assertEquals(2, db.count("select count(*) from autogen_history"), "each revision recorded once");
            assertEquals(2, db.count("select count(*) from customer where score is null"), "every row kept");
            assertEquals(1, db.count("select count(*) from tag where colour is null and label = 'x'"));
        }
    }

    @Test
    void aDropTheServerCommittedBeforeALaterStepFailedIsNamedNotCalledUndone() throws Exception {
        try (TestDb db = mariadb()) {
            Path p = project(db, "    String nick;\n");
            Files.writeString(p.resolve("autogen.properties"), Files.readString(p.resolve("autogen.properties"))
                    + "lock.timeout=1s\n");
            Files.writeString(p.resolve("entities/app/Tag.java"), TAG.formatted("    String colour;\n"));
            ok(run(p, "-m", "init"));
            ok(run(p, "upgrade", "head"));
            db.exec("insert into customer (name, nick) values ('ada', 'a')", "insert into tag (label, colour) values ('x', 'red')");
            Files.writeString(p.resolve("entities/app/Customer.java"), CUSTOMER.formatted(""));
            Files.writeString(p.resolve("entities/app/Tag.java"), TAG.formatted(""));
            ok(run(p, "-m", "drop nick and colour"));

            Result failed;
            try (Connection holder = db.connect(); Statement st = holder.createStatement()) {
                holder.setAutoCommit(false);
                st.executeQuery("select * from tag").close(); // the second drop waits for tag, longer than lock.timeout
                failed = run(p, "upgrade", "head");
                holder.commit();
            }
            assertEquals(2, failed.code(), failed.toString());
            assertTrue(failed.err().contains("except dropColumn customer (MariaDB/MySQL committed it), which nothing can undo"),
                    failed.err());
            assertTrue(!failed.err().contains("nothing was changed"), failed.err());
            Result check = run(p, "check");
            assertEquals(1, check.code(), check.toString());
            assertTrue(check.out().contains("incomplete-upgrade"), check.toString());

            ok(run(p, "upgrade", "head")); // the next run skips the drop the catalog shows done and makes the other
            ok(run(p, "check"));
            assertEquals(0, db.count("select count(*) from autogen_history where revision like '~%' or revision like '!%'"));
        }
    }
}
