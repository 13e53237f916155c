package io.autogen.source;

import io.autogen.cli.AppProject;
import io.autogen.cli.JsonReader;
import io.autogen.cli.Project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.autogen.fixtures.TestDb;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Names of constraints and indexes as the database will see them: never two alike where the database keeps them
 * in one namespace, folded as the database folds them, quoted only where they must be.
 */
class NamesTest {
    @TempDir Path dir;

    static final String REALM = """
            @Entity @Table(name = "realm")
            public class Realm {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                @ElementCollection @CollectionTable(name = "realm_locales", joinColumns = @JoinColumn(name = "realm_id"))
                @Column(name = "value") java.util.Set<String> locales;
                @ElementCollection @CollectionTable(name = "realm_listeners", joinColumns = @JoinColumn(name = "realm_id"))
                @Column(name = "value") java.util.Set<String> listeners;
            }
            """;

    /**
     * Two tables with the same unnamed unique column pair and the same unnamed index; the realm's two element
     * collection sets get a unique key on (realm_id, value) each, which Hibernate names from the columns alone.
     */
    static String keyed(String name) {
        return """
                @Entity @Table(name = "%s",
                        uniqueConstraints = @UniqueConstraint(columnNames = {"realm_id", "value"}),
                        indexes = @Index(columnList = "realm_id, created"))
                public class %s {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                    @ManyToOne @JoinColumn(name = "realm_id") Realm realm;
                    @Column(name = "value", length = 40) String value;
                    Long created;
                }
                """.formatted(name.toLowerCase(), name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.autogen.fixtures.TestDialects#names")
    void sameUnnamedKeysOnTwoTablesApplyAndCheckClean(String dialect) throws Exception {
        try (TestDb db = TestDb.of(dialect, dir)) {
            Project p = new Project(dir.resolve("p"), db).entity("Realm", REALM)
                    .entity("Alpha", keyed("Alpha")).entity("Beta", keyed("Beta"));
            var gen = p.run("-m", "init");
            assertEquals(0, gen.code(), gen.toString());
            assertEquals(0, p.run("check", "--offline").code());
            var up = p.run("upgrade", "head");
            assertEquals(0, up.code(), up.toString());
            var check = p.run("check");
            assertEquals(0, check.code(), check.toString());
            assertEquals(0, p.run("downgrade", "base").code());
            assertEquals(0, p.run("upgrade", "head").code());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.autogen.fixtures.TestDialects#names")
    void derivedNamesAreReadableAndDistinct(String dialect) throws Exception {
        try (TestDb db = TestDb.of(dialect, dir)) {
            Project p = new Project(dir.resolve("p"), db).entity("Realm", REALM)
                    .entity("Alpha", keyed("Alpha")).entity("Beta", keyed("Beta"));
            assertEquals(0, p.run("-m", "init").code());
            String file = p.lastMigration();
            assertTrue(file.contains("unique(\"realm_id\", \"value\").named(\"realm_listeners_realm_id_value_key\")"), file);
            assertTrue(file.contains("unique(\"realm_id\", \"value\").named(\"realm_locales_realm_id_value_key\")"), file);
            assertTrue(file.contains("index(\"realm_id\", \"created\").named(\"alpha_realm_id_created_idx\")"), file);
            assertTrue(file.contains("foreignKey(\"realm_id\").references(\"realm\", \"id\").named(\"beta_realm_id_fkey\")"), file);
            assertFalse(file.contains(".named(\"UK") || file.contains(".named(\"FK") || file.contains(".named(\"IDX"), file);
        }
    }

    @Test
    void theOfflineCheckRefusesAMigrationWhoseNamesClash() throws Exception {
        try (TestDb db = TestDb.sqlite(dir)) {
            Project p = new Project(dir.resolve("p"), db);
            p.handWritten("clash", """
                    op.createTable("a", io.autogen.api.Ddl.column("x", "integer"), io.autogen.api.Ddl.unique("x").named("uk_x"));
                            op.createTable("b", io.autogen.api.Ddl.column("x", "integer"), io.autogen.api.Ddl.unique("x").named("uk_x"));""");
            var r = p.run("check", "--offline");
            assertEquals(2, r.code(), r.toString());
            assertTrue(r.err().startsWith("autogen: error: ") && r.err().contains("uk_x is taken by unique key uk_x on a"),
                    r.err());
            assertEquals(1, r.err().lines().count(), r.err());
        }
    }

    @Test
    void namesTheMappingGaveThatClashAreOneClearError() throws Exception {
        try (TestDb db = TestDb.sqlite(dir)) {
            String entity = """
                    @Entity @Table(name = "%s", indexes = @Index(name = "ix_name", columnList = "name"))
                    public class %s {
                        @Id Long id;
                        String name;
                    }
                    """;
            Project p = new Project(dir.resolve("p"), db).entity("One", entity.formatted("one", "One"))
                    .entity("Two", entity.formatted("two", "Two"));
            var r = p.run("-m", "init");
            assertEquals(2, r.code(), r.toString());
            assertTrue(r.err().contains("ix_name") && r.err().contains("give one of them another name"), r.err());
            assertEquals(List.of(), p.migrations());
        }
    }

    static final String ITEM = """
            @Entity @Table(name = "item", uniqueConstraints = @UniqueConstraint(name = "UQ_Item_Code", columnNames = "code"),
                    indexes = @Index(name = "IX_Item_Name", columnList = "name"))
            public class Item {
                @Id Long id;
                String name;
                String code;
                @ManyToOne @JoinColumn(name = "owner_id", foreignKey = @ForeignKey(name = "FK_Item_Owner")) Realm owner;
                @ManyToOne @JoinColumn(name = "`Maker`", foreignKey = @ForeignKey(name = "`FK_Maker`")) Realm maker;
            }
            """;

    @Test
    void namesAreFoldedAsPostgresFoldsThemAndAgreeWithHibernatesExport() throws Exception {
        try (TestDb ours = TestDb.postgres(); TestDb theirs = TestDb.postgres()) {
            Project p = new Project(dir.resolve("p"), ours).entity("Realm", REALM).entity("Item", ITEM);
            var gen = p.run("-m", "init");
            assertEquals(0, gen.code(), gen.toString());
            String file = p.lastMigration();
            assertTrue(file.contains(".named(\"uq_item_code\")") && file.contains(".named(\"ix_item_name\")")
                    && file.contains(".named(\"fk_item_owner\")") && file.contains(".named(\"FK_Maker\")"), file);
            var sql = p.run("upgrade", "head", "--sql").out();
            assertTrue(sql.contains("create index ix_item_name on item (name)"), sql);
            assertTrue(sql.contains("constraint fk_item_owner foreign key (owner_id) references realm (id)"), sql);
            assertTrue(sql.contains("constraint \"FK_Maker\" foreign key (\"Maker\") references realm (id)"), sql);
            assertEquals(0, p.run("upgrade", "head").code());

            io.autogen.fixtures.Entities.hibernateExport(io.autogen.fixtures.Entities.classes(p.dir.resolve("entities")), theirs);
            assertEquals(names(ours.inspect().table("item").orElseThrow()), names(theirs.inspect().table("item").orElseThrow()));
        }
    }

    /** The names the mapping gave: those Hibernate does not make up. */
    private static java.util.Set<String> names(io.autogen.model.Table t) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        t.indexes().forEach(i -> out.add(i.name()));
        t.uniqueKeys().forEach(u -> out.add(u.name()));
        t.foreignKeys().forEach(f -> out.add(f.name()));
        out.removeIf(n -> n.startsWith("fk") && n.length() > 20); // the join to Realm Hibernate names itself
        return out;
    }
}
