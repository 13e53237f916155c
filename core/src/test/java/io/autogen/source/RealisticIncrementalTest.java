package io.autogen.source;

import io.autogen.cli.AppProject;
import io.autogen.cli.JsonReader;
import io.autogen.cli.Project;

import io.autogen.source.mapping.MappingTarget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.autogen.cache.ProjectCache;
import io.autogen.dialect.Dialect;
import io.autogen.dialect.Dialects;
import io.autogen.model.Schema;
import io.autogen.source.entity.EntityDiscovery;
import io.autogen.source.entity.EntityModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The incremental mapping on the realistic entity set (composite keys through {@code @IdClass} and
 * {@code @EmbeddedId}, element collections, join tables, converters, {@code @Version}, table and sequence
 * generators, an inheritance hierarchy): after each of a series of real edits, one entity at a time, the schema is
 * the one a full mapping of the same classes gives; and most of the edits map only part of the entities.
 */
class RealisticIncrementalTest {
    @TempDir Path dir;

    private static final List<String> EDITED = List.of("Realm", "Client", "UserEntity", "Role", "GroupRoleMapping",
            "UserSession", "RealmLocalization", "AuthzPolicy", "UserConsentScope", "EventRecord", "AdminEvent",
            "ClientSession");

    /** Through the command line: the file -m writes after an edit is the file it writes from an empty cache. */
    @Test
    void theMigrationAfterAnEditIsTheOneAnEmptyCacheGives() throws Exception {
        try (var db = io.autogen.fixtures.TestDb.of("sqlite", dir)) {
            Project p = new Project(dir.resolve("p"), db)
                    .entity("Customer", "@Entity @Table(name = \"customer\") public class Customer {"
                            + " @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id; String name; }\n")
                    .entity("Purchase", "@Entity @Table(name = \"purchase\") public class Purchase { @Id Long id;"
                            + " @ManyToOne Customer customer; }\n");
            for (int i = 0; i < 12; i++) {
                p.entity("Other" + i, "@Entity @Table(name = \"other" + i + "\") public class Other" + i + " { @Id Long id; }\n");
            }
            assertEquals(0, p.run("-m", "init").code());
            assertEquals(0, p.run("upgrade", "head").code());
            p.entity("Customer", "@Entity @Table(name = \"customer\") public class Customer {"
                    + " @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id; String name;"
                    + " @Column(nullable = false, length = 20) String code; }\n");
            Project.Result incremental = p.run("-m", "add code");
            assertEquals(0, incremental.code(), incremental.toString());
            String written = p.lastMigration();
            try (Stream<Path> files = Files.list(p.dir.resolve("migrations"))) {
                for (Path f : files.filter(f -> f.toString().contains("AddCode")).toList()) {
                    Files.delete(f);
                }
            }
            try (Stream<Path> all = Files.walk(p.dir.resolve(".autogen"))) { // nothing kept: compile and map all
                all.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
            assertEquals(0, p.run("-m", "add code").code());
            assertEquals(written.replaceAll("M\\d{8}_\\d{6}|[0-9a-f]{12}|\\d{4}-\\d\\d-\\d\\d[ T][0-9:]+Z?", "*"),
                    p.lastMigration().replaceAll("M\\d{8}_\\d{6}|[0-9a-f]{12}|\\d{4}-\\d\\d-\\d\\d[ T][0-9:]+Z?", "*"));
            assertTrue(written.contains("\"code\""), written);
        }
    }

    @Test
    void everyEditMapsAsAFullMappingDoes() throws Exception {
        Path src = dir.resolve("src");
        AppProject.copyTree(RealisticEntitiesTest.SOURCES, src);
        Path jar = RealisticEntitiesTest.buildJar(RealisticEntitiesTest.LIBRARY_SOURCES, dir.resolve("lib-classes"),
                dir.resolve("audit-lib.jar"));
        Dialect pg = Dialects.forUrl("jdbc:postgresql://x/y");
        var target = MappingTarget.of(pg);
        Path cache = dir.resolve("cache");
        EntityDiscovery discovery = new EntityDiscovery(List.of(jar.toString()), cache);
        EntityModel daily = new EntityModel(target, "jpa");
        ProjectCache classCache = new ProjectCache(cache);
        daily.load(discovery, List.of(src), classCache);

        List<String> partial = new ArrayList<>();
        int n = 0;
        for (String name : EDITED) {
            Path file = src.resolve("realm/" + name + ".java");
            String text = Files.readString(file);
            int end = text.lastIndexOf('}');
            Files.writeString(file, text.substring(0, end) + "    String autogenEdit" + (++n) + ";\n}\n");
            Schema incremental = daily.load(discovery, List.of(src), classCache);
            int mapped = daily.lastMapped();
            Schema full = new EntityModel(target, "jpa").load(discovery.discover(List.of(src)));
            assertEquals(full, incremental, "after an edit of " + name);
            int edit = n;
            assertTrue(incremental.tables().stream().anyMatch(t -> t.column("autogenedit" + edit).isPresent()), name);
            if (mapped < 20) {
                partial.add(name + " (" + mapped + ")");
            }
        }
        assertTrue(partial.size() >= EDITED.size() / 2, "mapped in part: " + partial);
    }
}
