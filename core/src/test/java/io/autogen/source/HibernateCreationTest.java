package io.autogen.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.autogen.diff.Comparator;
import io.autogen.fixtures.Entities;
import io.autogen.fixtures.HibernateCreation;
import io.autogen.fixtures.TestDb;
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
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Invariant 1 against what applications run: for every entity set of the tests, on both dialects and with each
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

    @ParameterizedTest(name = "Hibernate {0}, {1}, {2}")
    @CsvSource({
            "bundled,postgresql,sample", "bundled,postgresql,zoo", "bundled,postgresql,realistic", "bundled,postgresql,keys",
            "bundled,sqlite,sample", "bundled,sqlite,zoo", "bundled,sqlite,realistic", "bundled,sqlite,keys",
            "6.6.13.Final,postgresql,sample", "6.6.13.Final,postgresql,zoo", "6.6.13.Final,postgresql,realistic",
            "6.6.13.Final,postgresql,keys", "6.6.13.Final,sqlite,sample", "6.6.13.Final,sqlite,zoo",
            "6.6.13.Final,sqlite,realistic", "6.6.13.Final,sqlite,keys",
            "7.1.0.Final,postgresql,sample", "7.1.0.Final,postgresql,zoo", "7.1.0.Final,postgresql,realistic",
            "7.1.0.Final,postgresql,keys", "7.1.0.Final,sqlite,sample", "7.1.0.Final,sqlite,zoo",
            "7.1.0.Final,sqlite,realistic", "7.1.0.Final,sqlite,keys"})
    void whatHibernateCreatesIsWhatAutogenMaps(String version, String dialect, String set) throws Exception {
        compare(version, dialect, set, "create");
    }

    /**
     * An application on {@code ddl-auto=update} has its tables created by Hibernate's update, which keeps the
     * mapping's column order where its create sorts it: autogen reads that setting and maps as that update creates.
     */
    @ParameterizedTest(name = "Hibernate {0}, {1}, {2}, ddl-auto=update")
    @CsvSource({"bundled,postgresql,keys", "bundled,sqlite,keys", "bundled,postgresql,realistic",
            "6.6.13.Final,postgresql,keys", "7.1.0.Final,sqlite,keys"})
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
            HibernateRuntime runtime = HibernateVersionsTest.runtime(version, dialect.equals("sqlite"));
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
                HibernateCreation.create(HibernateVersionsTest.runtime(version, true).compileClasspath(),
                        List.of(library.toString()), sources,
                        classes.classes().stream().map(Class::getName).toList(), db, action);
            }
            Schema created = db.inspect();

            assertEquals(shape(created, dialect), shape(model, dialect), "column order of tables and keys");
            List<Operation> ops = new Comparator(db.dialect().hints()).compare(created, model);
            if (dialect.equals("sqlite")) {
                ops = ops.stream().filter(op -> !io.autogen.dialect.NoNoiseAccess.hibernateSqliteGap(op)).toList();
            }
            if (action.equals("update")) {
                // Hibernate's update leaves out the unique key of an element-collection set, which its create makes
                ops = ops.stream().filter(op -> !(op instanceof io.autogen.ops.AddConstraint a
                        && a.constraint() instanceof io.autogen.model.UniqueKey)).toList();
            }
            assertEquals(List.of(), ops, runtime.toString());
        }
    }

    /**
     * Each table's columns, primary key and foreign keys, every list in its order; on SQLite, where Hibernate's
     * creation leaves foreign keys out, without them.
     */
    static Map<String, List<String>> shape(Schema s, String dialect) {
        Map<String, List<String>> out = new TreeMap<>();
        for (Table t : s.tables()) {
            List<String> lines = new ArrayList<>();
            lines.add("columns " + t.columns().stream().map(c -> c.name()).toList());
            lines.add("primary key " + (t.primaryKey() == null ? "none" : t.primaryKey().columns()));
            if (!dialect.equals("sqlite")) {
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
