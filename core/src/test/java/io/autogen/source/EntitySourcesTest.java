package io.autogen.source;

import io.autogen.source.mapping.MappingTarget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.autogen.dialect.Dialects;
import io.autogen.error.EntityException;
import io.autogen.fixtures.Entities;
import io.autogen.model.Schema;
import io.autogen.source.entity.EntityDiscovery;
import io.autogen.source.entity.EntityModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Entities from source folders, class folders and jars give the same model; naming=snake renames like Spring. */
class EntitySourcesTest {
    @TempDir Path dir;

    private Path compileSample() throws Exception {
        Path classes = Files.createDirectories(dir.resolve("classes"));
        List<String> args = new ArrayList<>(List.of("-proc:none", "-d", classes.toString(), "-classpath",
                System.getProperty("java.class.path")));
        try (Stream<Path> s = Files.walk(Entities.SAMPLE)) {
            s.filter(p -> p.toString().endsWith(".java")).map(Path::toString).forEach(args::add);
        }
        assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, args.toArray(String[]::new)));
        return classes;
    }

    @Test
    void sourcesClassesAndJarsMapToTheSameSchema() throws Exception {
        var pg = Dialects.named("postgresql");
        Schema fromSources = Entities.model(Entities.SAMPLE, pg);
        Path classes = compileSample();
        assertEquals(fromSources, Entities.model(classes, pg));
        Path jar = dir.resolve("entities.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> s = Files.walk(classes)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(f));
                out.closeEntry();
            }
        }
        assertEquals(fromSources, Entities.model(jar, pg));
        assertEquals(6, fromSources.tables().size());
    }

    @Test
    void onlyMappedFilesAndWhatTheyUseAreCompiled() throws Exception {
        Path src = Files.createDirectories(dir.resolve("src/app"));
        Files.writeString(src.resolve("Thing.java"), "package app;\nimport jakarta.persistence.*;\n"
                + "@Entity public class Thing { @Id Long id; Kind kind; }\n");
        Files.writeString(src.resolve("Kind.java"), "package app;\npublic enum Kind { A, B }\n");
        // a controller that needs a library autogen does not have: never compiled, so never a problem
        Files.writeString(src.resolve("ThingController.java"), "package app;\n"
                + "@org.springframework.web.bind.annotation.RestController public class ThingController {}\n");
        var classes = new EntityDiscovery(List.of(), null).discover(List.of(dir.resolve("src")));
        assertEquals(List.of("app.Thing"), classes.classes().stream().map(Class::getName).toList());
    }

    @Test
    void cacheSkipsTheCompileWhenSourcesAreUnchanged() throws Exception {
        Path cache = dir.resolve("cache");
        EntityDiscovery first = new EntityDiscovery(List.of(), cache);
        first.discover(List.of(Entities.SAMPLE));
        assertTrue(first.lastCompiledFiles() > 0);
        try (Stream<Path> s = Files.list(cache)) {
            assertEquals(1, s.filter(f -> f.getFileName().toString().startsWith("increment-")).count());
        }
        EntityDiscovery again = new EntityDiscovery(List.of(), cache);
        again.discover(List.of(Entities.SAMPLE));
        assertEquals(0, again.lastCompiledFiles(), "served from the cache");
        Path copy = Files.createDirectories(dir.resolve("broken/app"));
        Files.writeString(copy.resolve("E.java"), "package app; @jakarta.persistence.Entity public class E { @jakarta.persistence.Id Long id; }");
        new EntityDiscovery(List.of(), cache).discover(List.of(dir.resolve("broken")));
        Files.writeString(copy.resolve("E.java"), "package app; @jakarta.persistence.Entity public class E { oops }");
        assertThrows(EntityException.class, () -> new EntityDiscovery(List.of(), cache).discover(List.of(dir.resolve("broken"))),
                "a changed source is compiled again, not served from the cache");
    }

    @Test
    void entitiesUsingLombokCompileWithLombokOnTheClasspath() throws Exception {
        Path src = Files.createDirectories(dir.resolve("lombok/app"));
        Files.writeString(src.resolve("Person.java"), "package app;\nimport jakarta.persistence.*;\n"
                + "@Entity @lombok.Data public class Person { @Id Long id; String name;\n"
                + "  public String shout() { return getName().toUpperCase(); } }\n");
        String lombok = Path.of(lombok.Data.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        var classes = new EntityDiscovery(List.of(lombok), null).discover(List.of(dir.resolve("lombok")));
        assertEquals(List.of("app.Person"), classes.classes().stream().map(Class::getName).toList());
        assertThrows(EntityException.class, () -> new EntityDiscovery(List.of(), null).discover(List.of(dir.resolve("lombok"))),
                "without lombok on classpath= the generated getter is missing");
    }

    @Test
    void mappedSchemaIsCachedUntilAnEntityChanges() throws Exception {
        Path src = Files.createDirectories(dir.resolve("cached/app"));
        Files.writeString(src.resolve("Pet.java"), "package app;\n@jakarta.persistence.Entity public class Pet {"
                + " @jakarta.persistence.Id Long id; String name; }\n");
        var d = Dialects.named("sqlite");
        var target = MappingTarget.of(d);
        Path cacheDir = dir.resolve("cache");
        var cache = new io.autogen.cache.ProjectCache(cacheDir);
        var discovery = new EntityDiscovery(List.of(), cacheDir);
        Schema first = new EntityModel(target, "jpa").load(discovery, List.of(dir.resolve("cached")), cache);
        try (Stream<Path> s = Files.list(cacheDir)) {
            assertEquals(1, s.filter(f -> f.getFileName().toString().startsWith("schema-")).count());
        }
        assertEquals(first, new EntityModel(target, "jpa").load(discovery, List.of(dir.resolve("cached")), cache));
        Files.writeString(src.resolve("Pet.java"), "package app;\n@jakarta.persistence.Entity public class Pet {"
                + " @jakarta.persistence.Id Long id; String name; Integer age; }\n");
        Schema edited = new EntityModel(target, "jpa").load(discovery, List.of(dir.resolve("cached")), cache);
        assertTrue(edited.table("Pet").orElseThrow().column("age").isPresent(), "an edit is never served stale");
        Schema snake = new EntityModel(target, "snake").load(discovery, List.of(dir.resolve("cached")), cache);
        assertTrue(snake.table("pet").isPresent(), "naming is part of the key");
    }

    @Test
    void snakeNamingRenamesLikeSpringBoot() throws Exception {
        Path src = Files.createDirectories(dir.resolve("snake/app"));
        Files.writeString(src.resolve("OrderLine.java"), "package app;\nimport jakarta.persistence.*;\n"
                + "@Entity public class OrderLine { @Id Long id; String productCode;\n"
                + "  @ManyToMany java.util.Set<ProductTag> productTags; }\n");
        Files.writeString(src.resolve("ProductTag.java"), "package app;\nimport jakarta.persistence.*;\n"
                + "@Entity public class ProductTag { @Id Long id; }\n");
        var d = Dialects.named("postgresql");
        var classes = new EntityDiscovery(List.of(), null).discover(List.of(dir.resolve("snake")));
        var target = MappingTarget.of(d);
        Schema snake = new EntityModel(target, "snake").load(classes);
        assertTrue(snake.table("order_line").orElseThrow().column("product_code").isPresent());
        var join = snake.table("order_line_product_tags").orElseThrow(() -> new AssertionError(snake.tables()));
        assertTrue(join.column("order_line_id").isPresent() && join.column("product_tags_id").isPresent(), join.toString());
        Schema jpa = new EntityModel(target, "jpa").load(classes);
        assertTrue(jpa.table("orderline").orElseThrow().column("productcode").isPresent(),
                "jpa naming, folded as PostgreSQL folds unquoted names");
        assertTrue(jpa.table("orderline_producttag").isPresent(), jpa.tables().toString());
    }
}
