package io.autogen.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.autogen.dialect.Dialect;
import io.autogen.diff.Comparator;
import io.autogen.fixtures.Entities;
import io.autogen.fixtures.HibernateCreation;
import io.autogen.fixtures.TestDb;
import io.autogen.fixtures.TestDialects;
import io.autogen.model.ForeignKey;
import io.autogen.model.Schema;
import io.autogen.model.Table;
import io.autogen.ops.Operation;
import io.autogen.source.catalog.TableFilter;
import io.autogen.source.mapping.EntityClasses;
import io.autogen.source.entity.EntityDiscovery;
import io.autogen.source.entity.EntityModel;
import io.autogen.source.isolation.HibernateRuntime;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invariant 1 against what applications run: for every entity set of the tests, on every dialect and with each
 * Hibernate version the tests cover, the database Hibernate's own schema creation makes (the JPA bootstrap with
 * {@code schema-generation.database.action=create}, as {@code ddl-auto=create} runs it) is what autogen maps, down
 * to the order of the columns in each table, in each primary key and in each foreign key, and the diff is empty.
 */
class HibernateCreationTest {
    @TempDir static Path shared;
    static Path library;

    @TempDir Path dir;

    @BeforeAll
    static void buildLibrary() throws Exception {
        library = Entities.buildJar(Entities.REALISTIC_LIBRARY, shared.resolve("lib-classes"), shared.resolve("lib.jar"));
    }

    static final List<String> VERSIONS = List.of("bundled", HibernateVersionsTest.V66, HibernateVersionsTest.V71);

    /**
     * The dialects a Hibernate version's creation runs on: the bundled version runs in the test's own class path, on
     * every registered dialect; another version in an application's class path of its own, which holds the JDBC
     * drivers that come as jars (a dialect whose driver is a class of the tests is not among them).
     */
    static Stream<String> dialects(String version) {
        return version.equals("bundled") ? TestDialects.names() : TestDialects.namesWithDriverJar();
    }

    /** Each version on each of its dialects, with each entity set. */
    static Stream<Arguments> creations() {
        return VERSIONS.stream().flatMap(v -> dialects(v).flatMap(d -> Stream.of("sample", "zoo", "realistic", "keys")
                .map(set -> Arguments.of(v, d, set))));
    }

    /** Each version on each of its dialects with the set of every kind of key; the bundled one with the realistic set too. */
    static Stream<Arguments> updates() {
        return Stream.concat(VERSIONS.stream().flatMap(v -> dialects(v).map(d -> Arguments.of(v, d, "keys"))),
                dialects("bundled").map(d -> Arguments.of("bundled", d, "realistic")));
    }

    @ParameterizedTest(name = "Hibernate {0}, {1}, {2}")
    @MethodSource("creations")
    void whatHibernateCreatesIsWhatAutogenMaps(String version, String dialect, String set) throws Exception {
        compare(version, dialect, set, "create");
    }

    /**
     * An application on {@code ddl-auto=update} has its tables created by Hibernate's update, which keeps the
     * mapping's column order where its create sorts it: autogen reads that setting and maps as that update creates.
     */
    @ParameterizedTest(name = "Hibernate {0}, {1}, {2}, ddl-auto=update")
    @MethodSource("updates")
    void whatHibernatesUpdateCreatesIsWhatAutogenMapsForSuchAnApplication(String version, String dialect, String set)
            throws Exception {
        compare(version, dialect, set, "update");
    }

    /**
     * Other Hibernate versions map the set of every kind of key in every {@code mvn verify}; their whole matrix (each
     * set, both actions) with {@code -Dautogen.allHibernateVersions=true}, which CI runs: it is a minute on 2 cores.
     */
    static boolean inThisRun(String version, String set, String action) {
        return version.equals("bundled") || set.equals("keys") && action.equals("create")
                || Boolean.getBoolean("autogen.allHibernateVersions");
    }

    private void compare(String version, String dialect, String set, String action) throws Exception {
        Assumptions.assumeTrue(inThisRun(version, set, action), "Hibernate " + version + ", " + set + ", " + action
                + ": with -Dautogen.allHibernateVersions=true");
        try (TestDb db = TestDb.of(dialect, dir)) {
            HibernateRuntime runtime = HibernateVersionsTest.runtime(version, db.dialect());
            Path sources = switch (set) {
                case "sample" -> Entities.SAMPLE;
                case "zoo" -> Entities.ZOO;
                case "realistic" -> Entities.REALISTIC;
                default -> Entities.KEYS;
            };
            EntityClasses classes = new EntityDiscovery(List.of(library.toString()), null, List.of(), runtime)
                    .discover(List.of(sources));
            Schema model = TableFilter.none().apply(new EntityModel(HibernateVersionsTest.target(db.dialect()), "jpa",
                    action.equals("update") ? Map.of("hibernate.hbm2ddl.auto", "update") : Map.of(), runtime).load(classes));
            if (runtime.isBundled()) {
                HibernateCreation.create(classes, db, action);
            } else {
                // that version's jars with its community dialects (a PostgreSQL application may have them too)
                HibernateCreation.create(
                        HibernateVersionsTest.runtime(version, HibernateVersionsTest.COMMUNITY_DIALECTS).compileClasspath(),
                        List.of(library.toString()), sources,
                        classes.classes().stream().map(Class::getName).toList(), db, action);
            }
            Schema created = db.inspect();

            assertEquals(shape(created, db.dialect()), shape(model, db.dialect()), "column order of tables and keys");
            List<Operation> ops = new Comparator(db.dialect().hints()).compare(created, model).stream()
                    .filter(TestDialects.hibernateGap(db.dialect()).leftOut().negate()).toList();
            if (action.equals("update")) {
                // Hibernate's update leaves out the unique key of an element-collection set, which its create makes
                ops = ops.stream().filter(op -> !(op instanceof io.autogen.ops.AddConstraint a
                        && a.constraint() instanceof io.autogen.model.UniqueKey)).toList();
            }
            assertEquals(List.of(), ops, runtime.toString());
        }
    }

    /**
     * Each table's columns, primary key and foreign keys, every list in its order; where Hibernate's creation leaves
     * foreign keys out (SQLite), without them.
     */
    static Map<String, List<String>> shape(Schema s, Dialect dialect) {
        Map<String, List<String>> out = new TreeMap<>();
        for (Table t : s.tables()) {
            List<String> lines = new ArrayList<>();
            lines.add("columns " + t.columns().stream().map(c -> c.name()).toList());
            lines.add("primary key " + (t.primaryKey() == null ? "none" : t.primaryKey().columns()));
            if (!TestDialects.hibernateGap(dialect).foreignKeys()) {
                t.foreignKeys().stream().map(HibernateCreationTest::foreignKey).sorted().forEach(lines::add);
            }
            out.put(t.name(), lines);
        }
        return out;
    }

    private static String foreignKey(ForeignKey f) {
        return "foreign key " + f.columns() + " references " + f.refTable() + " " + f.refColumns();
    }
}
