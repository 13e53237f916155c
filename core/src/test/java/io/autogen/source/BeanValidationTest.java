package io.autogen.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.autogen.diff.Comparator;
import io.autogen.fixtures.HibernateCreation;
import io.autogen.fixtures.TestDb;
import io.autogen.fixtures.TestDialects;
import io.autogen.model.Column;
import io.autogen.model.Schema;
import io.autogen.model.Table;
import io.autogen.ops.Operation;
import io.autogen.source.catalog.TableFilter;
import io.autogen.source.mapping.EntityClasses;
import io.autogen.source.entity.EntityDiscovery;
import io.autogen.source.entity.EntityModel;
import io.autogen.source.isolation.HibernateRuntime;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invariant 1 for applications with a Bean Validation provider (spring-boot-starter-validation): their Hibernate
 * applies {@code @NotNull}, {@code @NotBlank}, {@code @NotEmpty}, {@code @Size}, {@code @Min}, {@code @Max},
 * {@code @Digits} to the DDL it creates, and autogen maps the same; without a provider, or with the validation mode
 * off, neither does.
 */
class BeanValidationTest {
    static final Path BEANVAL = Path.of("core/src/test/resources/beanval");

    @TempDir Path dir;

    /** Jars of the test's class path whose file names start with one of {@code prefixes}. */
    static List<String> jars(String... prefixes) {
        return io.autogen.fixtures.Entities.testJars(prefixes);
    }

    /**
     * A provider as an application's class path has it (spring-boot-starter-validation): Hibernate Validator with its
     * API and classmate, and an Expression Language; Hibernate Validator 8 with Hibernate 6 (their jboss-logging).
     */
    static List<String> provider(String hibernate) {
        if (hibernate.startsWith("6.")) {
            List<String> out = new ArrayList<>(io.autogen.source.isolation.Artifacts.resolve(
                    "org.hibernate.validator:hibernate-validator:8.0.6.Final"));
            out.addAll(jars("tomcat-embed-el-"));
            return out;
        }
        return jars("jakarta.validation-api-", "hibernate-validator-", "classmate-", "tomcat-embed-el-");
    }

    /**
     * The bundled Hibernate on every dialect; each other version on one of the dialects it reaches
     * ({@link HibernateCreationTest#dialects}), in turn.
     */
    static Stream<Arguments> versionsAndDialects() {
        List<String> others = List.of(HibernateVersionsTest.V71, HibernateVersionsTest.V66);
        return Stream.concat(HibernateCreationTest.dialects("bundled").map(d -> Arguments.of("bundled", d)),
                java.util.stream.IntStream.range(0, others.size()).mapToObj(i -> {
                    List<String> reached = HibernateCreationTest.dialects(others.get(i)).toList();
                    return Arguments.of(others.get(i), reached.get(i % reached.size()));
                }));
    }

    /** Each case on every dialect its Hibernate version reaches. */
    static Stream<Arguments> unchanged() {
        return Stream.of(Arguments.of(HibernateVersionsTest.V71, "no provider"), // the API on classpath=, no implementation of it
                Arguments.of("bundled", "validation mode none"), Arguments.of("bundled", "validation mode callback"),
                Arguments.of("bundled", "apply_to_ddl false")).flatMap(c -> HibernateCreationTest.dialects((String) c.get()[0])
                .map(d -> Arguments.of(c.get()[0], d, c.get()[1])));
    }

    @ParameterizedTest(name = "Hibernate {0}, {1}")
    @MethodSource("versionsAndDialects")
    void theConstraintsAnApplicationsHibernateAppliesToItsDdlAreMapped(String version, String dialect) throws Exception {
        // other versions in CI's matrix step (HibernateCreationTest.inThisRun): a provider starts in each, 12 s
        org.junit.jupiter.api.Assumptions.assumeTrue(HibernateCreationTest.inThisRun(version, "beanval", "create"),
                "Hibernate " + version + ": with -Dautogen.allHibernateVersions=true");
        // the bundled Hibernate sees the provider of the test's class path; another version only classpath='s
        Schema model = compare(version, dialect, provider(version), Map.of());
        Table owners = model.table("owners").orElseThrow(), pets = model.table("pets").orElseThrow();
        for (String notNull : List.of("name", "address", "city", "telephone")) {
            assertEquals(false, column(owners, notNull).nullable(), "owners." + notNull);
        }
        assertEquals(false, column(pets, "birthdate").nullable());
        assertEquals(false, column(pets, "owner_id").nullable());
        assertEquals(true, column(owners, "notes").nullable(), "a constraint of another group than Default");
        assertEquals(true, column(owners, "street").nullable(), "in an embeddable, which may itself be null");
        assertEquals(true, column(model.table("vets").orElseThrow(), "licence").nullable(), "a single-table subclass");
        assertEquals("varchar(40)", column(owners, "email").type());
        assertEquals("varchar(10)", column(owners, "zip").type());
        // @Digits(integer = 5, fraction = 2): precision 7, scale 2, in the database's spelling (numeric, decimal)
        String weight = column(pets, "weight").type();
        assertTrue(weight.matches("(numeric|decimal)\\(7,\\s*2\\)"), weight);
    }

    @ParameterizedTest(name = "Hibernate {0}, {1}, {2}")
    @MethodSource("unchanged")
    void withoutAProviderOrWithTheDdlModeOffNothingChanges(String version, String dialect, String why) throws Exception {
        Map<String, String> settings = switch (why) {
            case "validation mode none" -> Map.of("jakarta.persistence.validation.mode", "none");
            case "validation mode callback" -> Map.of("javax.persistence.validation.mode", "CALLBACK");
            case "apply_to_ddl false" -> Map.of("hibernate.validator.apply_to_ddl", "false");
            default -> Map.of();
        };
        Schema model = compare(version, dialect, why.equals("no provider") ? jars("jakarta.validation-api-") : provider(version),
                settings);
        Table owners = model.table("owners").orElseThrow();
        for (Column c : owners.columns()) {
            if (!c.name().equals("id")) {
                assertEquals(true, c.nullable(), "owners." + c.name() + ": as without Bean Validation");
            }
        }
        assertEquals("varchar(255)", column(owners, "email").type());
        assertEquals(List.of(), model.table("pets").orElseThrow().checks());
    }

    private Schema compare(String version, String dialect, List<String> libraries, Map<String, String> settings)
            throws Exception {
        try (TestDb db = TestDb.of(dialect, dir)) {
            HibernateRuntime runtime = HibernateVersionsTest.runtime(version, db.dialect());
            EntityClasses classes = new EntityDiscovery(libraries, null, List.of(), runtime).discover(List.of(BEANVAL));
            Schema model = TableFilter.none().apply(new EntityModel(HibernateVersionsTest.target(db.dialect()), "jpa",
                    settings, runtime).load(classes));
            if (runtime.isBundled()) {
                HibernateCreation.create(classes, db, "create", settings);
            } else {
                HibernateCreation.create(HibernateVersionsTest.runtime(version, HibernateVersionsTest.COMMUNITY_DIALECTS)
                                .compileClasspath(), libraries,
                        BEANVAL, classes.classes().stream().map(Class::getName).toList(), db, "create", settings);
            }
            Schema created = db.inspect();
            assertEquals(nullability(created), nullability(model), "which columns are NOT NULL");
            assertEquals(HibernateCreationTest.shape(created, db.dialect()), HibernateCreationTest.shape(model, db.dialect()));
            List<Operation> ops = new Comparator(db.dialect().hints()).compare(created, model).stream()
                    .filter(TestDialects.hibernateGap(db.dialect()).leftOut().negate()).toList();
            assertEquals(List.of(), ops, runtime.toString());
            return model;
        }
    }

    private static Column column(Table t, String name) {
        return t.columns().stream().filter(c -> c.name().equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> new AssertionError(t.name() + " has no column " + name + ": " + t.columns()));
    }

    /** Each column outside the primary key as {@code table.column}, and whether it is nullable. */
    private static Map<String, Boolean> nullability(Schema s) {
        Map<String, Boolean> out = new TreeMap<>();
        for (Table t : s.tables()) {
            for (Column c : t.columns()) {
                if (t.primaryKey() == null || !t.primaryKey().columns().contains(c.name())) {
                    out.put(t.name() + "." + c.name(), c.nullable());
                }
            }
        }
        return out;
    }
}
