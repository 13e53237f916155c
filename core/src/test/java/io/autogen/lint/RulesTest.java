package io.autogen.lint;

import io.autogen.cli.AppProject;
import io.autogen.cli.JsonReader;
import io.autogen.cli.Project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.autogen.fixtures.Catalogs;
import io.autogen.fixtures.TestDb;
import io.autogen.fixtures.TestDialects;
import io.autogen.model.Schema;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One test per comparator rule on real databases: a single entity edit yields exactly the expected calls; the
 * migration upgrades to a clean check, downgrades to the catalog as it was, and upgrades again.
 */
class RulesTest {
    @TempDir Path dir;

    static final String OWNER = """
            @Entity @Table(name = "owner")
            public class Owner {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
            }
            """;

    static final String ITEM = """
            @Entity @Table(name = "item"%s)
            public class Item {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                @Column(nullable = false, length = 80) String name;
                @Column(length = 16) String code;
                Integer qty;
                @Enumerated(EnumType.STRING) @Column(length = 10) Kind kind;
                @ManyToOne @JoinColumn(name = "owner_id", foreignKey = @ForeignKey(name = "fk_item_owner")) Owner owner;
            %s}
            """;

    static final String KIND = "public enum Kind { SMALL, LARGE }\n";

    static String item(String tableExtra, String fields) {
        return ITEM.formatted(tableExtra, fields);
    }

    static Stream<Arguments> rules() {
        String base = item("", "");
        return Stream.of(
                Arguments.of("add column", item("", "    @Column(length = 500) String bio;\n"),
                        List.of("op.addColumn(\"item\", column(\"bio\", \"varchar(500)\"));")),
                Arguments.of("drop column", base.replace("    Integer qty;\n", ""),
                        List.of("op.dropColumn(\"item\", \"qty\");")),
                Arguments.of("longer", base.replace("length = 80", "length = 120"),
                        List.of("op.alterColumn(\"item\", column(\"name\", \"varchar(120)\").notNull()); // was varchar(80) not null")),
                Arguments.of("nullable", base.replace("nullable = false, length = 80", "length = 80"),
                        List.of("op.alterColumn(\"item\", column(\"name\", \"varchar(80)\")); // was varchar(80) not null")),
                Arguments.of("default", base.replace("    Integer qty;", "    @ColumnDefault(\"0\") Integer qty;"),
                        List.of("op.alterColumn(\"item\", column(\"qty\", \"integer\").defaultValue(\"0\")); // was integer")),
                Arguments.of("index", item(", indexes = @Index(name = \"ix_item_name\", columnList = \"name, code\")", ""),
                        List.of("op.createIndex(\"item\", index(\"name\", \"code\").named(\"ix_item_name\"));")),
                Arguments.of("unique", item(", uniqueConstraints = @UniqueConstraint(name = \"uq_item_code\", columnNames = \"code\")", ""),
                        List.of("op.addUniqueConstraint(\"item\", unique(\"code\").named(\"uq_item_code\"));")),
                Arguments.of("on delete", base.replace("Owner owner;", "@OnDelete(action = OnDeleteAction.CASCADE) Owner owner;"),
                        List.of("op.dropForeignKey(\"item\", foreignKey(\"owner_id\").references(\"owner\", \"id\").named(\"fk_item_owner\"));",
                                "op.addForeignKey(\"item\", foreignKey(\"owner_id\").references(\"owner\", \"id\").named(\"fk_item_owner\").onDelete(\"cascade\"));")),
                Arguments.of("enum value", null,
                        List.of("op.dropCheck(\"item\", check(\"kind in ('SMALL','LARGE')\").named(\"item_kind_check\"));",
                                "op.addCheck(\"item\", check(\"kind in ('SMALL','LARGE','HUGE')\").named(\"item_kind_check\"));")),
                Arguments.of("new relation", item("", "    @ManyToOne @JoinColumn(name = \"maker_id\", foreignKey = @ForeignKey(name = \"fk_item_maker\")) Owner maker;\n"),
                        List.of("op.addColumn(\"item\", column(\"maker_id\", \"bigint\"));",
                                "op.addForeignKey(\"item\", foreignKey(\"maker_id\").references(\"owner\", \"id\").named(\"fk_item_maker\"));")),
                Arguments.of("drop table", "", List.of("op.dropTable(\"item\");")));
    }

    @ParameterizedTest(name = "{0} ({3})")
    @MethodSource("both")
    void singleEditYieldsExactlyItsOperations(String rule, String edited, List<String> expected, String dialect) throws Exception {
        try (TestDb db = TestDb.of(dialect, dir)) {
            Project p = new Project(dir.resolve("p"), db).entity("Owner", OWNER).entity("Kind", KIND)
                    .entity("Item", item("", ""));
            p.run("-m", "init");
            p.run("upgrade", "head");
            Schema before = db.inspect();
            if (rule.equals("enum value")) {
                p.entity("Kind", "public enum Kind { SMALL, LARGE, HUGE }\n");
            } else if (edited.isEmpty()) {
                p.remove("Item");
            } else {
                p.entity("Item", edited);
            }
            var gen = p.run("-m", rule);
            assertEquals(0, gen.code(), gen.toString());
            List<String> calls = upgradeCalls(p.lastMigration());
            if (rule.equals("enum value") && nativeEnum(before)) {
                // a database whose Hibernate dialect maps @Enumerated(STRING) to its own enum type: the type changes
                assertEquals(1, calls.size(), calls.toString());
                assertTrue(calls.get(0).startsWith("op.alterColumn(\"item\", column(\"kind\", \"enum")
                        && calls.get(0).contains("'HUGE'"), calls.toString());
            } else {
                // the drop of a changed check carries the text the migration wrote, not the catalog's rewrite of it
                assertEquals(expected, calls);
            }
            assertEquals(0, p.run("upgrade", "head").code());
            var check = p.run("check");
            assertEquals(0, check.code(), check.toString());
            assertEquals(0, p.run("downgrade", "-1").code());
            assertEquals(Catalogs.canonical(before, db.dialect().hints()), Catalogs.canonical(db.inspect(), db.dialect().hints()),
                    "downgrade restores the catalog");
            assertEquals(0, p.run("upgrade", "+1").code());
            assertEquals(0, p.run("check").code());
        }
    }

    /** Whether the database holds item.kind in an enum type of its own (not a varchar with a check). */
    private static boolean nativeEnum(Schema schema) {
        return schema.table("item").flatMap(t -> t.column("kind"))
                .map(c -> c.type().toLowerCase(java.util.Locale.ROOT).startsWith("enum")).orElse(false);
    }

    @org.junit.jupiter.api.Test
    void allocationSizeChangeAltersTheSequence() throws Exception {
        try (TestDb db = TestDb.postgres()) {
            String entity = """
                    @Entity @Table(name = "ticket")
                    public class Ticket {
                        @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_seq")
                        @SequenceGenerator(name = "ticket_seq", sequenceName = "ticket_seq", allocationSize = %d)
                        Long id;
                    }
                    """;
            Project p = new Project(dir.resolve("p"), db).entity("Ticket", entity.formatted(50));
            p.run("-m", "init");
            p.run("upgrade", "head");
            p.entity("Ticket", entity.formatted(10));
            assertEquals(0, p.run("-m", "smaller allocation").code());
            assertEquals(List.of("op.alterSequence(\"ticket_seq\", 10); // was increment 50"), upgradeCalls(p.lastMigration()));
            assertEquals(0, p.run("upgrade", "head").code());
            assertEquals(10, db.count("select increment_by from pg_sequences where sequencename = 'ticket_seq'"));
            assertEquals(0, p.run("check").code());
            assertEquals(0, p.run("downgrade", "-1").code());
            assertEquals(50, db.count("select increment_by from pg_sequences where sequencename = 'ticket_seq'"));
        }
    }

    /**
     * Every rule on every dialect with {@code -Dautogen.fullMatrix=true}, which CI runs; in {@code mvn verify}, each
     * rule on one dialect in turn (every rule and every dialect still run; the round trips of each operation on each
     * dialect are the SQL suites' and NothingLostTest's), which keeps the build under its budget on 2 cores.
     */
    static Stream<Arguments> both() {
        List<String> dialects = TestDialects.names().toList();
        List<Arguments> rules = rules().toList();
        boolean all = Boolean.getBoolean("autogen.fullMatrix");
        return java.util.stream.IntStream.range(0, rules.size()).boxed().flatMap(i -> dialects.stream()
                .filter(d -> all || dialects.indexOf(d) == i % dialects.size())
                .map(d -> {
                    Object[] x = rules.get(i).get();
                    return Arguments.of(x[0], x[1], x[2], d);
                }));
    }

    static List<String> upgradeCalls(String file) {
        String body = file.substring(file.indexOf("public void upgrade"), file.indexOf("public void downgrade"));
        return body.lines().map(String::trim).filter(l -> l.startsWith("op.")).toList();
    }
}
