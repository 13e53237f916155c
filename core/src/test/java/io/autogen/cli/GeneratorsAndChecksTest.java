package io.autogen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.autogen.fixtures.TestDb;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Generator tables come with the rows Hibernate reads; checks compare by meaning, however the database spells them. */
class GeneratorsAndChecksTest {
    @TempDir Path dir;

    static final String TICKET = """
            @Entity @Table(name = "ticket")
            public class Ticket {
                @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_gen")
                @SequenceGenerator(name = "ticket_gen", sequenceName = "ticket_seq", initialValue = 5)
                Long id;
            }
            """;

    static final String INVOICE = """
            @Entity @Table(name = "invoice")
            public class Invoice {
                @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = "invoice_gen")
                @TableGenerator(name = "invoice_gen", table = "id_gen", pkColumnName = "gen_name",
                        valueColumnName = "gen_value", pkColumnValue = "invoice")
                Long id;
            }
            """;

    @Test
    void sqliteSequenceTableIsCreatedWithItsRowInTheFileTheModelAndTheScript() throws Exception {
        try (TestDb db = TestDb.sqlite(dir)) {
            Project p = new Project(dir.resolve("p"), db).entity("Ticket", TICKET).entity("Invoice", INVOICE);
            assertEquals(0, p.run("-m", "init").code());
            String file = p.lastMigration();
            assertTrue(file.contains("row(\"next_val\", \"5\")"), file);
            assertTrue(file.contains("row(\"gen_name\", \"'invoice'\", \"gen_value\", \"0\")"), file);
            assertEquals(0, p.run("check", "--offline").code());
            String sql = p.run("upgrade", "head", "--sql").out();
            assertTrue(sql.contains("insert into ticket_seq (next_val) values (5);"), sql);
            assertTrue(sql.contains("insert into id_gen (gen_name, gen_value) values ('invoice', 0);"), sql);
            assertEquals(0, p.run("upgrade", "head").code());
            assertEquals(5, db.count("select next_val from ticket_seq"));
            assertEquals(0, p.run("check").code());
            assertEquals(0, p.run("downgrade", "base").code());
            assertEquals(0, p.run("upgrade", "head").code());
            assertEquals(1, db.count("select count(*) from ticket_seq"), "one row again, not two");
        }
    }

    @Test
    void postgresKeepsRealSequencesAndTheTableGeneratorsRow() throws Exception {
        try (TestDb db = TestDb.postgres()) {
            Project p = new Project(dir.resolve("p"), db).entity("Ticket", TICKET).entity("Invoice", INVOICE);
            assertEquals(0, p.run("-m", "init").code());
            String file = p.lastMigration();
            assertTrue(file.contains("op.createSequence(\"ticket_seq\", 5, 50);"), file);
            assertTrue(file.contains("row(\"gen_name\", \"'invoice'\", \"gen_value\", \"0\")"), file);
            assertEquals(0, p.run("upgrade", "head").code());
            assertEquals(1, db.count("select count(*) from id_gen where gen_name = 'invoice'"));
        }
    }

    static final String VEHICLE = """
            @Entity @Table(name = "vehicle") @Inheritance(strategy = InheritanceType.SINGLE_TABLE)
            @DiscriminatorColumn(name = "kind")
            public abstract class Vehicle {
                @Id Long id;
            }
            """;
    static final String CAR = """
            @Entity @DiscriminatorValue("Car")
            public class Car extends Vehicle {
                Integer doors;
            }
            """;

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.autogen.fixtures.TestDialects#names")
    void aSingleValueCheckIsCleanAfterUpgrade(String dialect) throws Exception {
        try (TestDb db = TestDb.of(dialect, dir)) {
            Project p = new Project(dir.resolve("p"), db).entity("Vehicle", VEHICLE).entity("Car", CAR);
            assertEquals(0, p.run("-m", "init").code());
            assertTrue(p.lastMigration().contains("check(\"kind in ('Car')\")"), p.lastMigration());
            assertEquals(0, p.run("upgrade", "head").code());
            var check = p.run("check");
            assertEquals(0, check.code(), check.toString()); // PostgreSQL keeps it as kind = 'Car'
        }
    }
}
