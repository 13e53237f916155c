package io.autogen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.autogen.fixtures.TestDb;
import io.autogen.model.Schema;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class IdentifiersAndInitTest {
    @TempDir Path dir;

    @ParameterizedTest
    @MethodSource("io.autogen.fixtures.TestDialects#names")
    void reservedWordsAndMixedCaseAreQuotedInEveryStatement(String dialect) throws Exception {
        try (TestDb db = TestDb.of(dialect, dir)) {
            Project p = new Project(dir.resolve("p"), db).entity("Order", """
                    @Entity @Table(name = "\\"Order\\"", indexes = @Index(name = "ix_order_select", columnList = "select"))
                    public class Order {
                        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                        @Column(name = "select", length = 20) String select;
                        @Column(name = "\\"MixedCase\\"") Integer mixed;
                        @ManyToOne @JoinColumn(name = "user") Order parent;
                    }
                    """);
            assertEquals(0, p.run("-m", "reserved").code());
            var up = p.run("upgrade", "head");
            assertEquals(0, up.code(), up.toString());
            Schema s = db.inspect();
            assertTrue(s.table("Order").isPresent(), s.toString());
            assertEquals("Order", s.tables().get(0).name(), "mixed case kept exactly");
            assertTrue(s.tables().get(0).column("MixedCase").isPresent());
            assertEquals(0, p.run("check").code(), p.run("check").toString());
            p.entity("Order", Files.readString(p.dir.resolve("entities/app/Order.java")).replace("package app;", "")
                    .replace("import jakarta.persistence.*;", "").replace("import org.hibernate.annotations.*;", "")
                    .replace("length = 20", "length = 40"));
            assertEquals(0, p.run("-m", "longer select").code());
            var alter = p.run("upgrade", "head");
            assertEquals(0, alter.code(), alter.toString());
            assertEquals(0, p.run("check").code());
            assertEquals(0, p.run("downgrade", "base").code());
            assertEquals(Schema.EMPTY, db.inspect());
        }
    }

    @Test
    void aConfiguredPostgresSchemaIsTheOneReadAndWritten() throws Exception {
        try (TestDb db = TestDb.postgres()) {
            db.exec("create schema app", "create table public.stranger (id integer)");
            Project p = new Project(dir.resolve("p"), db).entity("AppUser", WorkflowTest.user(""));
            Files.writeString(p.dir.resolve("autogen.properties"), "schema=app\n", java.nio.file.StandardOpenOption.APPEND);
            var gen = p.run("-m", "init");
            assertEquals(0, gen.code(), gen.toString());
            assertTrue(!p.lastMigration().contains("stranger"), "public is not compared: " + p.lastMigration());
            assertEquals(0, p.run("upgrade", "head").code());
            assertEquals(1, db.count("select count(*) from information_schema.tables where table_schema = 'app'"
                    + " and table_name = 'app_user'"));
            assertEquals(0, db.count("select count(*) from information_schema.tables where table_schema = 'public'"
                    + " and table_name = 'app_user'"));
            assertEquals(0, p.run("check").code(), p.run("check").toString());
        }
    }

    @Test
    void initScaffoldsAndNeverOverwrites() throws Exception {
        Path p = Files.createDirectories(dir.resolve("new"));
        Files.writeString(p.resolve(".gitignore"), "target/");
        var ctx = new java.io.StringWriter();
        int code = Main.run(new String[] {"init"}, new java.io.PrintWriter(ctx), new java.io.PrintWriter(new java.io.StringWriter()),
                java.util.Map.of(), p, java.time.Clock.systemUTC(), () -> "000000000001");
        assertEquals(0, code);
        assertTrue(Files.readString(p.resolve("autogen.properties")).contains("url=jdbc:sqlite:autogen.db"));
        assertTrue(Files.isDirectory(p.resolve("migrations")));
        assertTrue(Files.readString(p.resolve("templates/migration.java.mustache")).contains("{{{upgrade}}}"));
        assertEquals("target/\n.autogen/\n", Files.readString(p.resolve(".gitignore")));
        Files.writeString(p.resolve("autogen.properties"), "url=jdbc:sqlite:mine.db\n");
        var again = new java.io.StringWriter();
        Main.run(new String[] {"init"}, new java.io.PrintWriter(again), new java.io.PrintWriter(new java.io.StringWriter()),
                java.util.Map.of(), p, java.time.Clock.systemUTC(), () -> "000000000001");
        assertEquals("url=jdbc:sqlite:mine.db\n", Files.readString(p.resolve("autogen.properties")));
        assertTrue(again.toString().contains("kept     autogen.properties (exists)"), again.toString());
        assertEquals("target/\n.autogen/\n", Files.readString(p.resolve(".gitignore")));
    }
}
