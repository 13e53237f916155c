package io.autogen.source;

import io.autogen.cli.AppProject;
import io.autogen.cli.JsonReader;
import io.autogen.cli.Project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.autogen.diff.Comparator;
import io.autogen.fixtures.Entities;
import io.autogen.fixtures.TestDb;
import io.autogen.fixtures.TestDialects;
import io.autogen.model.ForeignKey;
import io.autogen.model.Index;
import io.autogen.model.Schema;
import io.autogen.model.UniqueKey;
import io.autogen.ops.AddConstraint;
import io.autogen.ops.AlterColumn;
import io.autogen.ops.Operation;
import io.autogen.source.mapping.EntityClasses;
import io.autogen.source.entity.EntityDiscovery;
import jakarta.persistence.Entity;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue #7, "realistic entities": an identity-server-shaped entity set (src/test/resources/realistic, 44 entities:
 * realms, clients, users, roles, groups, credentials, sessions, events, authorization policies...) with the shapes
 * real projects have and the small sample and zoo lack: composite keys through {@code @IdClass} and
 * {@code @EmbeddedId}, many element-collection sets and maps, {@code @Version} ({@code int} and {@code Long}),
 * converters, {@code @OneToMany} + {@code @JoinTable}, the same unnamed unique column pair (and index) on several
 * tables, table and sequence generators, and an entity listener whose interface comes from a library jar that
 * the entities only compile against when {@code classpath=} names it.
 *
 * <p>On both dialects: the initial migration applies and checks clean (live and offline); Hibernate's validator
 * accepts the migrated database; Hibernate persists and reads back entities on it; autogen finds nothing against
 * Hibernate's own export; upgrade, downgrade base, upgrade again round-trips.
 */
class RealisticEntitiesTest {
    static final Path SOURCES = Path.of("core/src/test/resources/realistic");
    static final Path LIBRARY_SOURCES = Path.of("core/src/test/resources/realistic-lib");

    @TempDir static Path shared;
    static Path libraryJar;
    static EntityClasses classes;

    @TempDir Path dir;

    /** The library jar is built once per class from its sources; the entities are compiled once against it. */
    @BeforeAll
    static void buildLibraryAndEntities() throws IOException {
        buildLibraryAndEntitiesFor(shared);
    }

    static void buildLibraryAndEntitiesFor(Path shared) throws IOException {
        libraryJar = buildJar(LIBRARY_SOURCES, shared.resolve("lib-classes"), shared.resolve("audit-lib.jar"));
        classes = new EntityDiscovery(List.of(libraryJar.toString()), null).discover(List.of(SOURCES));
    }

    @Test
    void theSetHasTheShapesTheIssueAsksFor() {
        long entities = classes.classes().stream().filter(c -> c.isAnnotationPresent(Entity.class)).count();
        assertTrue(entities >= 40, "entities: " + entities);
        // the listener is compiled along with the entities, and its interface comes from the jar, not our class path
        Class<?> listener = load("realm.AuditListener");
        assertEquals("org.acme.audit.AuditSink", listener.getInterfaces()[0].getName());
        assertTrue(listener.getInterfaces()[0].getClassLoader() != RealisticEntitiesTest.class.getClassLoader());
    }

    @ParameterizedTest(name = "{0}: -m initial, upgrade head, check, check --offline")
    @MethodSource("io.autogen.fixtures.TestDialects#names")
    void initialMigrationAppliesAndChecksClean(String dialect) throws Exception {
        try (TestDb db = TestDb.of(dialect, dir)) {
            Project p = migrated(db);
            var check = p.run("check");
            assertEquals(0, check.code(), check.toString());
            var offline = p.run("check", "--offline");
            assertEquals(0, offline.code(), offline.toString());
        }
    }

    @ParameterizedTest(name = "{0}: Hibernate's validator accepts the migrated database")
    @MethodSource("io.autogen.fixtures.TestDialects#names")
    void hibernateValidatorPasses(String dialect) throws Exception {
        try (TestDb db = TestDb.of(dialect, dir)) {
            migrated(db);
            withSessionFactory(db, Map.of("hibernate.hbm2ddl.auto", "validate"), sf -> { });
        }
    }

    @ParameterizedTest(name = "{0}: Hibernate persists and reads back entities on the migrated database")
    @MethodSource("io.autogen.fixtures.TestDialects#names")
    void persistsThroughHibernate(String dialect) throws Exception {
        try (TestDb db = TestDb.of(dialect, dir)) {
            migrated(db);
            withSessionFactory(db, Map.of(), sf -> {
                // a realm: @Version int, converters, embedded, element-collection set and map, the library listener
                Object realm = instance("realm.Realm");
                set(realm, "id", "r1");
                set(realm, "name", "acme");
                set(realm, "sslRequired", enumValue("realm.SslRequired", "EXTERNAL"));
                set(realm, "accessTokenLifespan", java.time.Duration.ofMinutes(5));
                set(realm, "enabledEventTypes", new ArrayList<>(List.of("LOGIN", "LOGOUT")));
                ((Map<String, String>) get(realm, "attributes")).put("displayName", "Acme");
                ((java.util.Set<String>) get(realm, "supportedLocales")).add("de");
                // @TableGenerator id
                Object event = instance("realm.EventRecord");
                set(event, "type", enumValue("realm.EventKind", "LOGIN"));
                set(event, "realmId", "r1");
                // @SequenceGenerator id (a table on SQLite) and a @Lob
                Object admin = instance("realm.AdminEvent");
                set(admin, "operationType", enumValue("realm.OperationKind", "CREATE"));
                set(admin, "representation", "{\"name\":\"acme\"}");
                // @IdClass composite key
                Object failure = instance("realm.LoginFailure");
                set(failure, "realmId", "r1");
                set(failure, "userId", "u1");
                set(failure, "numFailures", 3);
                sf.inTransaction(s -> {
                    s.persist(realm);
                    s.persist(event);
                    s.persist(admin);
                    s.persist(failure);
                });
                assertNotNull(get(event, "id"), "table generator gave an id");
                assertNotNull(get(admin, "id"), "sequence generator gave an id");

                sf.inTransaction(s -> {
                    Object r = s.find(load("realm.Realm"), "r1");
                    assertEquals("audit:persisted", get(r, "auditStamp"), "the library-jar listener ran");
                    assertEquals(List.of("LOGIN", "LOGOUT"), get(r, "enabledEventTypes"));
                    assertEquals(java.time.Duration.ofMinutes(5), get(r, "accessTokenLifespan"));
                    assertEquals(Map.of("displayName", "Acme"), new HashMap<>((Map<?, ?>) get(r, "attributes")));
                    assertEquals(java.util.Set.of("de"), new java.util.HashSet<>((java.util.Set<?>) get(r, "supportedLocales")));
                    assertNotNull(s.find(load("realm.EventRecord"), get(event, "id")));
                    Object a = s.find(load("realm.AdminEvent"), get(admin, "id"));
                    assertEquals("{\"name\":\"acme\"}", get(a, "representation"));
                    Object key = instance("realm.LoginFailureKey");
                    set(key, "realmId", "r1");
                    set(key, "userId", "u1");
                    assertEquals((Object) 3, get(s.find(load("realm.LoginFailure"), key), "numFailures"));
                });
            });
        }
    }

    @ParameterizedTest(name = "{0}: no noise against Hibernate's own schema export")
    @MethodSource("io.autogen.fixtures.TestDialects#names")
    void noNoiseAgainstHibernateExport(String dialect) throws Exception {
        try (TestDb db = TestDb.of(dialect, dir)) {
            Entities.hibernateExport(classes, db);
            Schema desired = Entities.model(classes, db.dialect());
            List<Operation> ops = new Comparator(db.dialect().hints()).compare(db.inspect(), desired);
            assertEquals(List.of(), ops.stream().filter(TestDialects.hibernateGap(db.dialect()).leftOut().negate()).toList());
        }
    }

    @ParameterizedTest(name = "{0}: upgrade head, downgrade base, upgrade head again")
    @MethodSource("io.autogen.fixtures.TestDialects#names")
    void roundTrip(String dialect) throws Exception {
        try (TestDb db = TestDb.of(dialect, dir)) {
            Project p = migrated(db);
            Schema built = db.inspect();
            var down = p.run("downgrade", "base");
            assertEquals(0, down.code(), down.toString());
            assertEquals(Schema.EMPTY, db.inspect(), "only the version tables remain");
            var up = p.run("upgrade", "head");
            assertEquals(0, up.code(), up.toString());
            assertEquals(built, db.inspect(), "the second upgrade builds the same catalog");
            var check = p.run("check");
            assertEquals(0, check.code(), check.toString());
        }
    }

    /** A project with the realistic entities and the library jar on classpath=, after -m initial and upgrade head. */
    private Project migrated(TestDb db) throws IOException {
        Project p = new Project(dir.resolve("p"), db);
        copyTree(SOURCES, p.dir.resolve("entities"));
        Files.writeString(p.dir.resolve("autogen.properties"), "url=" + db.url() + "\nentities=entities\nmigrations=migrations\n"
                + "classpath=" + libraryJar.toAbsolutePath().toString().replace('\\', '/') + "\n");
        var gen = p.run("-m", "initial");
        assertEquals(0, gen.code(), gen.toString());
        var up = p.run("upgrade", "head");
        assertEquals(0, up.code(), up.toString());
        return p;
    }

    interface SessionWork {
        void run(SessionFactory sf) throws Exception;
    }

    /** Boots Hibernate on the compiled entities (library jar included through their loader) against the database. */
    static void withSessionFactory(TestDb db, Map<String, Object> extra, SessionWork work) throws Exception {
        Map<String, Object> settings = new HashMap<>(extra);
        settings.put("hibernate.dialect", db.dialect().hibernateDialect());
        settings.put("jakarta.persistence.jdbc.url", db.url());
        // two: table and sequence-as-table generators take their values on a connection of their own
        settings.put("hibernate.connection.pool_size", "2");
        var boot = new BootstrapServiceRegistryBuilder().applyClassLoader(classes.loader()).build();
        var registry = new StandardServiceRegistryBuilder(boot).applySettings(settings).build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            classes.classes().forEach(sources::addAnnotatedClass);
            try (SessionFactory sf = sources.buildMetadata().buildSessionFactory()) {
                work.run(sf);
            }
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }

    // the entity classes exist only at run time: reflection stands in for their constructors and fields

    static Class<?> load(String name) {
        try {
            return Class.forName(name, true, classes.loader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    static Object instance(String name) {
        try {
            var c = load(name).getDeclaredConstructor();
            c.setAccessible(true);
            return c.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static Object enumValue(String type, String value) {
        return Enum.valueOf((Class) load(type), value);
    }

    static void set(Object target, String field, Object value) {
        try {
            field(target.getClass(), field).set(target, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static <T> T get(Object target, String field) {
        try {
            return (T) field(target.getClass(), field).get(target);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Field field(Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(name);
                f.setAccessible(true);
                return f;
            } catch (NoSuchFieldException e) {
                // look in the superclass (and Hibernate's proxies subclass the entity)
            }
        }
        throw new IllegalArgumentException("no field " + name + " in " + type);
    }

    /** Compiles the library sources with javax.tools and jars the classes: the "library jar" of classpath=. */
    static Path buildJar(Path sources, Path classesDir, Path jar) throws IOException {
        return Entities.buildJar(sources, classesDir, jar);
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path f : s.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }
}
