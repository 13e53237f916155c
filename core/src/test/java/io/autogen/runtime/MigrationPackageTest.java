package io.autogen.runtime;

import io.autogen.cli.BadInputTest;

import io.autogen.cli.AppProject;
import io.autogen.cli.JsonReader;
import io.autogen.cli.Project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.autogen.fixtures.TestDb;
import io.autogen.runtime.ClasspathMigrationSource;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/** Migrations are classes of the application: in a package, compiled by its build, found at start-up. */
class MigrationPackageTest {
    @TempDir Path dir;

    @Test
    void initPutsMigrationsInThePackageOfTheApplication() throws Exception {
        Path app = AppProject.copy(dir.resolve("shop"));
        Project p = new Project(app, TestDb.sqlite(dir));
        Files.delete(app.resolve("autogen.properties"));
        Files.delete(app.resolve("entities"));
        Path db = dir.resolve("shop.db");
        Map<String, String> env = Map.of("SHOP_DB", db.toString());
        var r = p.runWithEnv(env, "init");
        assertEquals(0, r.code(), r.toString());
        String props = Files.readString(app.resolve("autogen.properties"));
        assertTrue(props.contains("migrations=src/main/java/com/acme/shop/db/migrations\n"), props);
        assertTrue(props.contains("# url=jdbc:sqlite:autogen.db"), "the application's URL is used: " + props);
        r = p.runWithEnv(env, "-m", "initial schema");
        assertEquals(0, r.code(), r.toString());
        Path folder = app.resolve("src/main/java/com/acme/shop/db/migrations");
        List<Path> files;
        try (var s = Files.list(folder)) {
            files = s.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
        assertEquals(1, files.size());
        String text = Files.readString(files.get(0));
        assertTrue(text.startsWith("package com.acme.shop.db.migrations;\n\nimport io.autogen.api.Migration;"), text);
        // the command line compiles and applies it; the offline check replays it
        assertEquals(0, p.runWithEnv(env, "upgrade", "head").code());
        var check = p.runWithEnv(env, "check", "--offline");
        assertEquals(0, check.code(), check.toString());

        // the application's build compiles it like its other classes; the start-up entry point finds it
        Path classes = Files.createDirectories(dir.resolve("classes"));
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-classpath",
                System.getProperty("java.class.path"), "-processor", "io.autogen.runtime.RevisionIndexProcessor",
                files.get(0).toString()));
        assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, args.toArray(String[]::new)));
        assertEquals("com.acme.shop.db.migrations." + files.get(0).getFileName().toString().replace(".java", "") + "\n",
                Files.readString(classes.resolve(ClasspathMigrationSource.INDEX)));
        TestDb fresh = TestDb.sqlite(dir);
        SQLiteDataSource ds = new SQLiteDataSource();
        ds.setUrl(fresh.url());
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            assertEquals(1, io.autogen.AutogenMigrations.upgrade(ds, loader, "head", a -> { }).size());
        }
    }

    @Test
    void migrationsPackageNamesThePackageOfAnyFolder() throws Exception {
        Project p = new Project(dir.resolve("p"), TestDb.sqlite(dir))
                .entity("Author", "@Entity public class Author { @Id Long id; String name; }\n");
        Files.writeString(p.dir.resolve("autogen.properties"), "url=" + p.db.url()
                + "\nentities=entities\nmigrations=migrations\nmigrations.package=com.acme.migrations\n");
        assertEquals(0, p.run("-m", "init").code());
        assertTrue(p.lastMigration().startsWith("package com.acme.migrations;\n"), p.lastMigration());
        assertEquals(0, p.run("upgrade", "head").code());
        assertEquals(0, p.run("-m", "second", "--allow-empty").code());
        assertEquals(0, p.run("upgrade", "head").code());
        assertEquals(0, p.run("check", "--offline").code());
        // without it, the default package as before
        Files.writeString(p.dir.resolve("autogen.properties"), "url=" + p.db.url() + "\nentities=entities\nmigrations=m2\n");
        assertEquals(0, p.run("revision", "-m", "x").code());
        try (var s = Files.list(p.dir.resolve("m2"))) {
            assertTrue(Files.readString(s.findFirst().orElseThrow()).startsWith("import io.autogen.api.Migration;"));
        }
        BadInputTest.oneLineError(writeAndRun(p, "migrations.package=com.9x\n"), "migrations.package=com.9x is not a Java package name");
    }

    private static Project.Result writeAndRun(Project p, String line) throws Exception {
        Files.writeString(p.dir.resolve("autogen.properties"), "url=" + p.db.url() + "\nentities=entities\n" + line);
        return p.run("history");
    }
}
