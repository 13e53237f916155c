package io.autogen.runtime;

import io.autogen.cli.AppProject;
import io.autogen.cli.JsonReader;
import io.autogen.cli.Project;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.autogen.AutogenMigrations;
import io.autogen.fixtures.Catalogs;
import io.autogen.fixtures.TestDb;
import io.autogen.runtime.ClasspathMigrationSource;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/**
 * An application compiles its migrations with autogen on the class path (the annotation processor writes the
 * index) and calls {@code AutogenMigrations.upgrade(dataSource)} at start-up: no compiler, no autogen.properties.
 */
class LibraryEntryTest {
    @TempDir Path dir;

    @Test
    void applicationMigratesAtStartUpFromCompiledClasses() throws Exception {
        Path classes = Files.createDirectories(dir.resolve("classes"));
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-classpath",
                System.getProperty("java.class.path"), "-processor", "io.autogen.runtime.RevisionIndexProcessor"));
        try (Stream<Path> s = Files.list(Path.of("migrations"))) {
            s.filter(p -> p.toString().endsWith(".java")).map(Path::toString).forEach(args::add);
        }
        assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, args.toArray(String[]::new)));
        assertEquals(true, Files.exists(classes.resolve(ClasspathMigrationSource.INDEX)), "the processor wrote the index");

        TestDb app = TestDb.sqlite(dir);
        SQLiteDataSource ds = new SQLiteDataSource();
        ds.setUrl(app.url());
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            List<String> progress = new ArrayList<>();
            var steps = AutogenMigrations.upgrade(ds, loader, "head", a -> progress.add(a.revision()));
            assertEquals(Files.list(Path.of("migrations")).count(), steps.size());
            assertEquals(steps.stream().map(AutogenMigrations.Applied::revision).toList(), progress);
            assertEquals(java.util.Set.of(steps.get(steps.size() - 1).revision()), AutogenMigrations.current(ds, loader));
            assertEquals(List.of(), AutogenMigrations.upgrade(ds, loader, "head", a -> { }), "a second start applies nothing");
        }

        // the same catalog as the command line builds from the sources
        TestDb cli = TestDb.sqlite(dir);
        Project p = new Project(dir.resolve("p"), cli);
        Files.writeString(p.dir.resolve("autogen.properties"), "url=" + cli.url() + "\nentities="
                + Path.of("sample-entities").toAbsolutePath() + "\nmigrations=" + Path.of("migrations").toAbsolutePath() + "\n");
        assertEquals(0, p.run("upgrade", "head").code());
        assertEquals(Catalogs.canonical(cli.inspect()), Catalogs.canonical(app.inspect()));
        assertEquals(p.run("current").out(), p.run("--url", app.url(), "current").out());
    }
}
