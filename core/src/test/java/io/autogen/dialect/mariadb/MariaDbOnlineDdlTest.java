package io.autogen.dialect.mariadb;

import static io.autogen.dialect.mariadb.CliRun.last;
import static io.autogen.dialect.mariadb.CliRun.ok;

import static io.autogen.fixtures.Fixtures.col;
import static io.autogen.fixtures.Fixtures.notNull;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.autogen.dialect.mariadb.CliRun.Result;
import io.autogen.dialect.Dialects;
import io.autogen.dialect.SqlEmitter;
import io.autogen.fixtures.TestDb;
import io.autogen.model.Check;
import io.autogen.model.Column;
import io.autogen.model.ForeignKey;
import io.autogen.model.Index;
import io.autogen.model.PrimaryKey;
import io.autogen.model.Schema;
import io.autogen.model.Table;
import io.autogen.model.UniqueKey;
import io.autogen.ops.AddColumn;
import io.autogen.ops.AddConstraint;
import io.autogen.ops.AlterColumn;
import io.autogen.ops.DropColumn;
import io.autogen.ops.DropConstraint;
import io.autogen.ops.Operation;
import io.autogen.ops.RenameColumn;
import io.autogen.ops.SetTableComment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Online DDL, the MySQL way: the ALTERs InnoDB makes instantly or in place carry {@code ALGORITHM=INSTANT} or
 * {@code ALGORITHM=INPLACE, LOCK=NONE} (so that one the server could only make by copying fails at once), the ones
 * that copy the table are named by the lint (AG411) with the table's rows. The statement tests need no server; the
 * others run on MariaDB ({@code AUTOGEN_TEST_MARIADB=true}).
 */
class MariaDbOnlineDdlTest {
    @TempDir Path dir;

    private static final SqlEmitter SQL = Dialects.named("mariadb").emitter();

    private static final String INSTANT_BOTH = " /*M!100307 , algorithm=instant */ /*!80012 , algorithm=instant */";

    static Schema schema() {
        Table venue = new Table("venue", List.of(notNull("id", "bigint")), new PrimaryKey(null, List.of("id")),
                List.of(), List.of(), List.of(), List.of(), null);
        Table event = new Table("event", List.of(notNull("id", "bigint"), notNull("title", "varchar(200)"),
                col("code", "varchar(40)"), col("status", "varchar(20)").withDefault("'DRAFT'"),
                col("body", "varchar(300)"), col("venue_id", "bigint")),
                new PrimaryKey(null, List.of("id")), List.of(new Index("ix_event_code", List.of("code"), false)),
                List.of(), List.of(new ForeignKey("fk_event_venue", List.of("venue_id"), "venue", List.of("id"), null)),
                List.of(), null);
        return new Schema(List.of(venue, event), List.of());
    }

    private static String sql(Operation op) {
        List<String> s = SQL.statements(op, schema());
        assertEquals(1, s.size(), s.toString());
        return s.get(0);
    }

    @Test
    void instantOperationsSayAlgorithmInstantForTheServersAndVersionsThatMakeThemInstantly() {
        Column status = col("status", "varchar(20)").withDefault("'DRAFT'");
        assertEquals("alter table event add column score integer" + INSTANT_BOTH,
                sql(new AddColumn("event", col("score", "integer"))));
        assertEquals("alter table event add column pos integer default 0 not null" + INSTANT_BOTH,
                sql(new AddColumn("event", notNull("pos", "integer").withDefault("0"))));
        assertEquals("alter table event add column seen datetime default current_timestamp /*M!100307 , algorithm=instant */",
                sql(new AddColumn("event", col("seen", "datetime").withDefault("current_timestamp"))),
                "MySQL refuses INSTANT for an expression default: MariaDB only");
        assertEquals("alter table event add column n bigint not null auto_increment",
                sql(new AddColumn("event", notNull("n", "bigint").withIdentity(true))), "an auto-increment column copies");
        assertEquals("alter table event drop column body /*M!100400 , algorithm=instant */ /*!80029 , algorithm=instant */",
                sql(new DropColumn("event", col("body", "varchar(300)"))));
        assertEquals("alter table event drop column code", sql(new DropColumn("event", col("code", "varchar(40)"))),
                "a column in an index: the server drops the index too, not instantly");
        assertEquals("alter table event alter column status set default 'OPEN'" + INSTANT_BOTH,
                sql(new AlterColumn("event", status, status.withDefault("'OPEN'"))));
        assertEquals("alter table event alter column status set default null" + INSTANT_BOTH,
                sql(new AlterColumn("event", status, status.withDefault(null))));
        Column title = notNull("title", "varchar(200)").withDefault("'x'");
        assertEquals("alter table event alter column title drop default" + INSTANT_BOTH,
                sql(new AlterColumn("event", title, title.withDefault(null))));
        assertEquals("alter table event modify column status varchar(20) default 'DRAFT' comment 'lifecycle'"
                + " /*M!100307 , algorithm=instant */", sql(new AlterColumn("event", status, status.withComment("lifecycle"))));
        assertEquals("alter table event rename column body to text /*M!100307 , algorithm=instant */"
                + " /*!80028 , algorithm=instant */", sql(new RenameColumn("event", "body", "text")));
        assertEquals("alter table event rename column venue_id to place_id /*M!100307 , algorithm=instant */",
                sql(new RenameColumn("event", "venue_id", "place_id")), "MySQL: a column a foreign key names");
        assertEquals("alter table event comment = 'x' /*M!100307 , algorithm=instant */",
                sql(new SetTableComment("event", null, "x")));
        assertEquals("alter table event drop constraint ck_x /*M!100307 , algorithm=instant */",
                sql(new DropConstraint("event", new Check("ck_x", "id > 0"))));
    }

    @Test
    void inPlaceOperationsSayAlgorithmInplaceLockNone() {
        assertEquals("create index ix_event_title on event (title) algorithm=inplace lock=none",
                sql(new AddConstraint("event", new Index("ix_event_title", List.of("title"), false))));
        assertEquals("alter table event drop index ix_event_code, algorithm=inplace, lock=none",
                sql(new DropConstraint("event", new Index("ix_event_code", List.of("code"), false))));
        assertEquals("alter table event add constraint uq_event_title unique (title), algorithm=inplace, lock=none",
                sql(new AddConstraint("event", new UniqueKey("uq_event_title", List.of("title")))));
        assertEquals("alter table event drop foreign key fk_event_venue /*M!100104 , drop index if exists"
                + " fk_event_venue */, algorithm=inplace, lock=none", sql(new DropConstraint("event",
                new ForeignKey("fk_event_venue", List.of("venue_id"), "venue", List.of("id"), null))));
        Column status = col("status", "varchar(20)").withDefault("'DRAFT'");
        assertEquals("alter table event modify column status varchar(60) default 'DRAFT', algorithm=inplace, lock=none",
                sql(new AlterColumn("event", status, status.withType("varchar(60)"))), "both up to 63 characters");
        Column body = col("body", "varchar(300)");
        assertEquals("alter table event modify column body varchar(900), algorithm=inplace, lock=none",
                sql(new AlterColumn("event", body, body.withType("varchar(900)"))), "both from 256 characters");
    }

    @Test
    void whatCopiesTheTableIsWrittenAsBefore() {
        Column status = col("status", "varchar(20)").withDefault("'DRAFT'");
        Column title = notNull("title", "varchar(200)");
        for (Operation op : List.of(
                new AlterColumn("event", status, status.withType("varchar(100)")), // crosses 255 bytes in utf8mb4
                new AlterColumn("event", title, title.withType("varchar(300)")), // crosses 255 bytes in any charset
                new AlterColumn("event", status, status.withType("integer")),
                new AlterColumn("event", status, status.withNullable(false)),
                new AlterColumn("event", title, title.withNullable(true)),
                new AddConstraint("event", new ForeignKey("fk_x", List.of("venue_id"), "venue", List.of("id"), null)),
                new AddConstraint("event", new Check("ck_x", "id > 0")),
                new DropConstraint("venue", new PrimaryKey(null, List.of("id"))))) {
            String s = sql(op);
            assertFalse(s.contains("algorithm"), s);
            assertTrue(Dialects.named("mariadb").lint().copiesTable(op) != null, "the lint names it: " + op);
        }
    }

    // --- on the server -------------------------------------------------------------------------------------------

    private static final String CUSTOMER = """
            package app;

            import jakarta.persistence.*;

            @Entity %s
            public class Customer {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
            %s}
            """;

    private final CliRun cli = new CliRun("2026-11-23T05:30:00Z", 0xc0000);

    private static TestDb mariadb() {
        Assumptions.assumeTrue(io.autogen.fixtures.TestDialects.names().anyMatch("mariadb"::equals),
                "MariaDB joins the tests with AUTOGEN_TEST_MARIADB=true");
        return TestDb.of("mariadb", null);
    }

    private Path project(TestDb db) throws IOException {
        Path p = dir.resolve("p");
        Files.createDirectories(p.resolve("entities/app"));
        Files.writeString(p.resolve("autogen.properties"), "url=" + db.url() + "\nentities=entities\nmigrations=migrations\n");
        return p;
    }

    private static void entity(Path p, String table, String fields) throws IOException {
        Files.writeString(p.resolve("entities/app/Customer.java"), CUSTOMER.formatted(table, fields));
    }

    private Result run(Path p, String... args) {
        return cli.run(p, args);
    }

    private static Schema columnsByName(Schema s) {
        return new Schema(s.tables().stream().map(t -> t.withColumns(t.columns().stream()
                .sorted(java.util.Comparator.comparing(Column::name)).toList())).toList(), s.sequences());
    }

    private static List<String> rows(TestDb db, String columns) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = db.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select " + columns + " from customer order by id")) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    row.append(rs.getString(i)).append(' ');
                }
                out.add(row.toString());
            }
        }
        return out;
    }

    private static final String BEFORE = """
                String name;
                @Column(length = 20) String email;
                String city;
                String code;
                @org.hibernate.annotations.ColumnDefault("'NEW'") String status;
            """;

    /** Every instant or in-place ALTER autogen writes, in one revision, on a table with rows: applied, checked, reverted. */
    @Test
    void eachInstantOrInPlaceAlterAppliesAndRevertsOnATableWithRows() throws Exception {
        try (TestDb db = mariadb()) {
            Path p = project(db);
            entity(p, "@Table(name = \"customer\")", BEFORE);
            ok(run(p, "-m", "init"));
            ok(run(p, "upgrade", "head"));
            db.exec("insert into customer (name, email, city, code, status) values ('ada', 'a@x', 'Oslo', 'A1', 'NEW'),"
                    + " ('bob', null, 'Rome', 'B2', 'NEW'), ('cy', 'c@x', null, 'C3', 'OLD')");
            Schema initial = db.inspect();
            List<String> kept = rows(db, "id, name, email, code, status");
            // a column added, one dropped, one renamed, a longer varchar, a default, an index and a unique key
            entity(p, "@Table(name = \"customer\", indexes = @Index(name = \"ix_customer_email\", columnList = \"email\"),"
                    + " uniqueConstraints = @UniqueConstraint(name = \"uq_customer_code\", columnNames = \"code\"))", """
                        @Column(name = "full_name") String name;
                        @Column(length = 60) String email;
                        String code;
                        @org.hibernate.annotations.ColumnDefault("'OPEN'") String status;
                        Integer score;
                    """);
            ok(run(p, "-m", "online", "--rename", "customer.name=full_name"));
            String script = ok(run(p, "upgrade", "head", "--sql")).out();
            for (String s : List.of("add column score integer /*M!100307 , algorithm=instant */",
                    "drop column city /*M!100400 , algorithm=instant */",
                    "rename column name to full_name /*M!100307 , algorithm=instant */",
                    "modify column email varchar(60), algorithm=inplace, lock=none",
                    "alter column status set default 'OPEN' /*M!100307 , algorithm=instant */",
                    "create index ix_customer_email on customer (email) algorithm=inplace lock=none",
                    "add constraint uq_customer_code unique (code), algorithm=inplace, lock=none")) {
                assertTrue(script.contains(s), s + " in\n" + script);
            }
            Result up = ok(run(p, "upgrade", "head"));
            assertFalse(up.err().contains("AG411"), up.toString());
            ok(run(p, "check"));
            assertEquals(kept, rows(db, "id, full_name, email, code, status"), "every value kept");

            String downScript = ok(run(p, "downgrade", "-1", "--sql")).out();
            assertTrue(downScript.contains("add column city varchar(255) /*M!100307 , algorithm=instant */"), downScript);
            assertTrue(downScript.contains("alter table customer drop index ix_customer_email, algorithm=inplace"), downScript);
            ok(run(p, "downgrade", "-1"));
            assertEquals(columnsByName(initial), columnsByName(db.inspect()),
                    "downgrade -1 restores the catalog (city comes back last)");
            assertEquals(kept, rows(db, "id, name, email, code, status"));
        }
    }

    /** A type change copies the table: -m and lint name it, with the server's row estimate past the exact count. */
    @Test
    void theLintNamesACopyingAlterWithTheTablesRowEstimate() throws Exception {
        try (TestDb db = mariadb()) {
            Path p = project(db);
            entity(p, "@Table(name = \"customer\")", "    String name;\n    Integer score;\n");
            ok(run(p, "-m", "init"));
            ok(run(p, "upgrade", "head"));
            // past the exact count's limit (100,000): the finding reads the server's estimate
            db.exec("insert into customer (name, score) select concat('c', seq), seq from seq_1_to_120000");
            db.exec("analyze table customer");
            long estimate = db.count("select table_rows from information_schema.tables where table_schema = database()"
                    + " and table_name = 'customer'");
            long holds = Math.max(estimate, 100_000); // the exact count stops at 100,000; past it, the larger estimate

            entity(p, "@Table(name = \"customer\")", "    String name;\n    Long score;\n");
            Result gen = ok(run(p, "-m", "wider score"));
            Pattern finding = Pattern.compile("AG411 warning customer\\.score: changes customer\\.score from int\\w* to"
                    + " bigint, which copies customer under a lock that blocks writes \\(customer holds " + holds
                    + " rows\\); instead, add a new column, backfill it in batches and switch to it\\. Safer: the"
                    + " in-place way where the finding names one; for a very large table, an online schema change tool"
                    + " \\(gh-ost, pt-online-schema-change\\) or a quiet hour");
            assertTrue(finding.matcher(gen.out()).find(), gen.toString());
            assertTrue(Files.readString(last(p)).contains("// AG411 warning: changes customer.score from int"),
                    Files.readString(last(p)));
            Result lint = run(p, "lint");
            assertTrue(finding.matcher(lint.out()).find(), lint.toString());
            assertTrue(ok(run(p, "upgrade", "head", "--sql")).out().contains("modify column score bigint;"),
                    "written as before, without a clause");
        }
    }

    /**
     * The point of the clause: an ADD COLUMN the server cannot make instantly (the table has a FULLTEXT index, so a
     * hidden FTS_DOC_ID) fails at once instead of copying the table, and the steps of the revision before it are
     * undone, leaving catalog, rows and version as they were.
     */
    @Test
    void anAlterTheServerCannotMakeInstantlyFailsAtOnceAndTheRevisionIsUndone() throws Exception {
        try (TestDb db = mariadb()) {
            Path p = project(db);
            entity(p, "@Table(name = \"customer\")", "    String name;\n");
            ok(run(p, "-m", "init"));
            ok(run(p, "upgrade", "head"));
            db.exec("insert into customer (name) values ('ada'), ('bob')");
            entity(p, "@Table(name = \"customer\")", "    String name;\n    Integer score;\n");
            ok(run(p, "-m", "score"));
            Path f = last(p);
            // a step before it, to be undone
            Files.writeString(f, Files.readString(f).replaceFirst("// ### autogen commands: review, then adjust as needed ###",
                    "// ### autogen commands: review, then adjust as needed ###\n"
                    + "        op.createTable(\"audit_log\", column(\"id\", \"bigint\").notNull());"));
            db.exec("alter table customer add fulltext index ft_customer_name (name)");
            Schema catalog = db.inspect();
            List<String> rows = rows(db, "*");

            long start = System.nanoTime();
            Result failed = run(p, "upgrade", "head");
            assertEquals(2, failed.code(), failed.toString());
            assertTrue(failed.err().contains("ALGORITHM=INSTANT is not supported"), failed.err());
            assertTrue(failed.err().contains("undone in reverse: createTable audit_log"), failed.err());
            assertTrue(failed.err().contains("statement: alter table customer add column score integer"
                    + " /*M!100307 , algorithm=instant */"), failed.err());
            assertTrue(System.nanoTime() - start < 30_000_000_000L, "refused, not copied");
            assertEquals(catalog, db.inspect(), "audit_log dropped again, customer as it was");
            assertEquals(rows, rows(db, "*"));
            assertTrue(ok(run(p, "current")).out().startsWith("0000000c0001"), "the version did not move");
        }
    }
}
