package io.autogen.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.autogen.compile.InMemoryCompiler;
import io.autogen.dialect.Dialect;
import io.autogen.diff.Comparator;
import io.autogen.fixtures.Entities;
import io.autogen.fixtures.TestDb;
import io.autogen.model.Schema;
import io.autogen.ops.Operation;
import io.autogen.source.catalog.TableFilter;
import io.autogen.source.entity.EntityClasses;
import io.autogen.source.entity.EntityDiscovery;
import io.autogen.source.entity.EntityModel;
import io.autogen.source.entity.HibernateRuntime;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Entities mapped by the Hibernate version the application runs: each version's mapping is what that same
 * version's own schema export creates (no noise), and versions that differ give different models.
 */
class HibernateVersionsTest {
    static final String V66 = "6.6.13.Final", V71 = "7.1.0.Final";
    private static final Map<String, HibernateRuntime> RUNTIMES = new ConcurrentHashMap<>();

    @TempDir Path dir;

    static HibernateRuntime runtime(String version, boolean sqlite) {
        return RUNTIMES.computeIfAbsent(version + sqlite, k -> version.equals("bundled") ? HibernateRuntime.bundled()
                : HibernateRuntime.forProject(version, List.of(), sqlite, null));
    }

    static EntityModel.Target target(Dialect d) {
        return new EntityModel.Target(d.hibernateDialect(), d::foldCase, d::identityType,
                d.name().equals("sqlite") ? "3.45" : "15.0");
    }

    @ParameterizedTest(name = "Hibernate {0}, {1}, {2}")
    @CsvSource({
            "6.6.13.Final,postgresql,sample", "6.6.13.Final,postgresql,zoo", "6.6.13.Final,sqlite,sample", "6.6.13.Final,sqlite,zoo",
            "7.1.0.Final,postgresql,sample", "7.1.0.Final,postgresql,zoo", "7.1.0.Final,sqlite,sample", "7.1.0.Final,sqlite,zoo",
            "bundled,postgresql,sample", "bundled,postgresql,zoo", "bundled,sqlite,sample", "bundled,sqlite,zoo"})
    void eachVersionMapsWhatItsOwnExportCreates(String version, String dialect, String set) throws Exception {
        try (TestDb db = TestDb.of(dialect, dir)) {
            HibernateRuntime runtime = runtime(version, dialect.equals("sqlite"));
            EntityClasses classes = new EntityDiscovery(List.of(), null, List.of(), runtime)
                    .discover(List.of(set.equals("sample") ? Entities.SAMPLE : Entities.ZOO));
            Schema model = TableFilter.none().apply(new EntityModel(target(db.dialect()), "jpa", Map.of(), runtime).load(classes));
            for (String sql : export(runtime, classes, db.dialect())) {
                // older SQLite dialects write comments (inline, or as comment on), which SQLite cannot parse
                if (dialect.equals("sqlite") && sql.startsWith("comment on ")) {
                    continue;
                }
                String stmt = dialect.equals("sqlite") ? sql.replaceAll("(?i) comment '(?:[^']|'')*'", "") : sql;
                try {
                    db.exec(stmt);
                } catch (java.sql.SQLException e) {
                    throw new AssertionError(stmt, e);
                }
            }
            List<Operation> ops = new Comparator(db.dialect().hints()).compare(db.inspect(), model);
            if (dialect.equals("sqlite")) {
                ops = ops.stream().filter(op -> !io.autogen.dialect.NoNoiseAccess.hibernateSqliteGap(op)).toList();
            }
            assertEquals(List.of(), ops, runtime.toString());
        }
    }

    static final String VERSIONED = """
            package app;

            import jakarta.persistence.*;
            import java.util.Set;

            @Entity @Table(name = "account")
            public class Account {
                @Id Long id;
                @Version int version;
                @ElementCollection @CollectionTable(name = "account_tags") Set<String> tags;
                @OneToMany @JoinTable(name = "account_friends") Set<Account> friends;
            }
            """;

    @Test
    void hibernate71And74MapTheSameEntitiesDifferently() throws Exception {
        Path src = dir.resolve("src/app/Account.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, VERSIONED);
        Dialect pg = io.autogen.dialect.Dialects.forUrl("jdbc:postgresql://x/y");
        Schema old = map(runtime(V71, false), dir.resolve("src"), pg);
        Schema now = map(runtime("bundled", false), dir.resolve("src"), pg);
        // 7.1 keys a @OneToMany join table by both columns and puts no unique key on an element collection set;
        // 7.4 keys the join table by the target alone and makes each set element unique per owner
        assertEquals(List.of("account_id", "friends_id"), old.table("account_friends").orElseThrow().primaryKey().columns());
        assertEquals(List.of("friends_id"), now.table("account_friends").orElseThrow().primaryKey().columns());
        assertEquals(List.of(), old.table("account_tags").orElseThrow().uniqueKeys());
        assertEquals(List.of(List.of("account_id", "tags")),
                now.table("account_tags").orElseThrow().uniqueKeys().stream().map(u -> u.columns()).toList());
        List<Operation> diff = new Comparator(pg.hints()).compare(old, now);
        assertNotEquals(List.of(), diff);
        assertEquals(List.of(), new Comparator(pg.hints()).compare(map(runtime(V71, false), dir.resolve("src"), pg), old),
                "the same version maps the same");
    }

    private static Schema map(HibernateRuntime runtime, Path sources, Dialect d) {
        EntityClasses classes = new EntityDiscovery(List.of(), null, List.of(), runtime).discover(List.of(sources));
        return new EntityModel(target(d), "jpa", Map.of(), runtime).load(classes);
    }

    /** The DDL script this runtime's own Hibernate writes for the classes (its schema export, no connection). */
    @SuppressWarnings("unchecked")
    static List<String> export(HibernateRuntime runtime, EntityClasses classes, Dialect dialect) throws Exception {
        List<String> cp = new java.util.ArrayList<>(runtime.compileClasspath());
        cp.add(Path.of(HibernateRuntime.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        var out = new InMemoryCompiler(cp)
                .compileSources(List.of(new InMemoryCompiler.Source("VersionExport.java", EXPORTER)));
        Class<?> exporter = Class.forName("VersionExport", true, out.loader(classes.loader()));
        return (List<String>) exporter.getMethod("script", String.class, List.class, ClassLoader.class)
                .invoke(null, dialect.hibernateDialect(), classes.classes(), classes.loader());
    }

    static final String EXPORTER = """
            import java.nio.file.*;
            import java.util.*;

            public class VersionExport {
                public static List<String> script(String dialect, List<Class<?>> classes, ClassLoader loader) throws Exception {
                    Path out = Files.createTempFile("export", ".sql");
                    Files.delete(out);
                    Map<String, Object> s = new HashMap<>();
                    s.put("hibernate.dialect", dialect);
                    s.put("hibernate.boot.allow_jdbc_metadata_access", "false");
                    s.put("hibernate.temp.use_jdbc_metadata_defaults", "false");
                    s.put("jakarta.persistence.schema-generation.scripts.action", "create");
                    s.put("jakarta.persistence.schema-generation.scripts.create-target", out.toString());
                    s.put("hibernate.hbm2ddl.delimiter", ";");
                    Thread.currentThread().setContextClassLoader(loader);
                    var boot = new org.hibernate.boot.registry.BootstrapServiceRegistryBuilder().applyClassLoaderService(
                            new io.autogen.source.entity.hibernate.EntityClassLoaderService(loader)).build();
                    var registry = new org.hibernate.boot.registry.StandardServiceRegistryBuilder(boot).applySettings(s).build();
                    try {
                        var sources = new org.hibernate.boot.MetadataSources(registry);
                        classes.forEach(sources::addAnnotatedClass);
                        var metadata = (org.hibernate.boot.spi.MetadataImplementor) sources.buildMetadata();
                        metadata.orderColumns(false);
                        org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator.process(metadata, registry, s, null);
                    } finally {
                        org.hibernate.boot.registry.StandardServiceRegistryBuilder.destroy(registry);
                    }
                    List<String> statements = new ArrayList<>();
                    for (String line : Files.readAllLines(out)) {
                        if (!line.isBlank()) statements.add(line.trim().replaceAll(";$", ""));
                    }
                    return statements;
                }
            }
            """;
}
