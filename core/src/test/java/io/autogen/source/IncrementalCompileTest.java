package io.autogen.source;

import io.autogen.source.mapping.MappingTarget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.autogen.dialect.Dialect;
import io.autogen.dialect.Dialects;
import io.autogen.model.Schema;
import io.autogen.source.entity.EntityDiscovery;
import io.autogen.source.entity.EntityModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After an edit, entity sources compile incrementally (the edited files and what they reach) and the result is
 * the one a full compile gives, whatever the kind of edit.
 */
class IncrementalCompileTest {
    @TempDir Path dir;

    private final Dialect pg = Dialects.forUrl("jdbc:postgresql://x/y");

    private void write(String name, String body) throws Exception {
        Path f = dir.resolve("src/app/" + name + ".java");
        Files.createDirectories(f.getParent());
        Files.writeString(f, "package app;\n\nimport jakarta.persistence.*;\n\n" + body);
    }

    private Schema map(EntityDiscovery discovery) {
        var target = MappingTarget.of(pg);
        return new EntityModel(target, "jpa").load(discovery.discover(List.of(dir.resolve("src"))));
    }

    /** What a compile from nothing gives, in a cache of its own. */
    private Schema full() throws Exception {
        return map(new EntityDiscovery(List.of(), Files.createTempDirectory(dir, "fresh")));
    }

    @Test
    void everyKindOfEditGivesWhatAFullCompileGives() throws Exception {
        write("Lengths", "public final class Lengths { public static final int NAME = 80; private Lengths() {} }\n");
        write("Named", "@MappedSuperclass public abstract class Named { @Column(length = Lengths.NAME) String name; }\n");
        write("Address", "@Embeddable public class Address { String street; }\n");
        write("Customer", "@Entity @Table(name = \"customer\") public class Customer extends Named {"
                + " @Id Long id; @Embedded Address address; }\n");
        write("Purchase", "@Entity @Table(name = \"purchase\") public class Purchase { @Id Long id;"
                + " @ManyToOne Customer customer; Integer qty; }\n");
        write("Note", "@Entity @Table(name = \"note\") public class Note { @Id Long id; String body; }\n");
        for (int i = 0; i < 20; i++) { // bystanders: entities no edit reaches
            write("Other" + i, "@Entity @Table(name = \"other" + i + "\") public class Other" + i + " { @Id Long id; }\n");
        }
        EntityDiscovery daily = new EntityDiscovery(List.of(), dir.resolve("cache"));
        assertEquals(full(), map(daily));
        int all = daily.lastCompiledFiles();
        assertTrue(all >= 26, "the first compile compiles everything: " + all);

        // a constant that another class's annotation uses
        write("Lengths", "public final class Lengths { public static final int NAME = 120; private Lengths() {} }\n");
        Schema s = map(daily);
        assertEquals(full(), s);
        assertEquals("varchar(120)", s.table("customer").orElseThrow().column("name").orElseThrow().type());
        assertIncremental(daily, all);

        // an embeddable gains a field
        write("Address", "@Embeddable public class Address { String street; String city; }\n");
        s = map(daily);
        assertEquals(full(), s);
        assertTrue(s.table("customer").orElseThrow().column("city").isPresent());
        assertIncremental(daily, all);

        // a mapped superclass gains a field
        write("Named", "@MappedSuperclass public abstract class Named { @Column(length = Lengths.NAME) String name;"
                + " String code; }\n");
        s = map(daily);
        assertEquals(full(), s);
        assertTrue(s.table("customer").orElseThrow().column("code").isPresent());
        assertIncremental(daily, all);

        // an entity is renamed (its file deleted, another one written)
        Files.delete(dir.resolve("src/app/Note.java"));
        write("Memo", "@Entity @Table(name = \"memo\") public class Memo { @Id Long id; String body; }\n");
        s = map(daily);
        assertEquals(full(), s);
        assertTrue(s.table("note").isEmpty() && s.table("memo").isPresent());
        assertIncremental(daily, all);

        // a file is deleted
        Files.delete(dir.resolve("src/app/Memo.java"));
        s = map(daily);
        assertEquals(full(), s);
        assertTrue(s.table("memo").isEmpty());

        // the daily case: one entity gains a column
        write("Purchase", "@Entity @Table(name = \"purchase\") public class Purchase { @Id Long id;"
                + " @ManyToOne Customer customer; Integer qty; String remark; }\n");
        s = map(daily);
        assertEquals(full(), s);
        assertTrue(s.table("purchase").orElseThrow().column("remark").isPresent());
        assertIncremental(daily, all);

        // a class an entity uses is renamed: its users are compiled again, and fail as a full compile would
        Files.delete(dir.resolve("src/app/Address.java"));
        write("Place", "@Embeddable public class Place { String street; String city; }\n");
        var e = org.junit.jupiter.api.Assertions.assertThrows(io.autogen.error.EntityException.class, () -> map(daily));
        assertTrue(e.getMessage().contains("Customer.java"), e.getMessage());
    }

    @Test
    void theCacheDoesNotGrowWithEveryEdit() throws Exception {
        write("Note", "@Entity @Table(name = \"note\") public class Note { @Id Long id; }\n");
        Path cacheDir = dir.resolve("cache");
        var target = MappingTarget.of(pg);
        EntityDiscovery discovery = new EntityDiscovery(List.of(), cacheDir);
        for (int i = 0; i < 7; i++) {
            write("Note", "@Entity @Table(name = \"note\") public class Note { @Id Long id; String f" + i + "; }\n");
            Schema s = new EntityModel(target, "jpa").load(discovery, List.of(dir.resolve("src")),
                    new io.autogen.cache.ProjectCache(cacheDir));
            assertTrue(s.table("note").orElseThrow().column("f" + i).isPresent());
        }
        try (var files = Files.list(cacheDir)) {
            List<String> names = files.map(f -> f.getFileName().toString()).toList();
            assertEquals(4, names.stream().filter(n -> n.startsWith("schema-")).count(), names.toString());
            assertEquals(1, names.stream().filter(n -> n.startsWith("increment-") && n.endsWith(".bin")).count(), names.toString());
            assertEquals(1, names.stream().filter(n -> n.startsWith("mapped-") && n.endsWith(".bin")).count(), names.toString());
            assertEquals(1 + 4 + 1, names.size(), "nothing else is left behind: " + names);
        }
    }

    private static void assertIncremental(EntityDiscovery d, int all) {
        assertTrue(d.lastCompiledFiles() > 0 && d.lastCompiledFiles() < all / 2,
                "compiled " + d.lastCompiledFiles() + " of " + all + " files");
    }
}
