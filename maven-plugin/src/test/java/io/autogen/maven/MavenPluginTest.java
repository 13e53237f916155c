package io.autogen.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.autogen.compile.InMemoryCompiler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin as users run it: installed (with the autogen jar) into a temporary local repository, whose other
 * artifacts are those of {@code ~/.m2}, and {@code mvn -o} run on a small Spring Boot-style project.
 */
class MavenPluginTest {
    @TempDir Path dir;
    static final String VERSION = System.getProperty("autogen.version");

    @Test
    void theFourGoalsAndCheckFailingTheBuildOnAnEntityEdit() throws Exception {
        Path repo = localRepository();
        Path app = application();
        Path db = dir.resolve("shop.db");

        // the README's "Use with Maven" commands
        List<List<String>> commands = Files.readAllLines(app.resolve("maven-commands.txt")).stream()
                .filter(l -> !l.isBlank()).map(MavenPluginTest::words).toList();
        Result r = mvn(repo, app, db, commands.get(0).subList(1, commands.get(0).size()).toArray(String[]::new));
        assertEquals(0, r.code, r.out);
        assertTrue(r.out.contains("autogen: generated src/main/java/com/acme/shop/db/migrations/M"), r.out);
        assertTrue(r.out.contains("autogen: entities from target/classes, database from spring.datasource.url in"
                + " src/main/resources/application.properties"), r.out);
        assertTrue(r.out.contains("initial schema ("), "applied: " + r.out);
        assertTrue(r.out.matches("(?s).*autogen: current [0-9a-f]{12}\\b.*"), r.out);
        assertTrue(r.out.contains("autogen: no drift"), r.out);
        Path migration;
        try (Stream<Path> s = Files.list(app.resolve("src/main/java/com/acme/shop/db/migrations"))) {
            migration = s.findFirst().orElseThrow();
        }
        String text = Files.readString(migration);
        assertTrue(text.startsWith("package com.acme.shop.db.migrations;"), text);
        assertTrue(text.contains("column(\"total_price\", \"bigint\")"), "the library's converter was used: " + text);

        // an entity edit without its migration: check, bound to verify, fails the build
        Path entity = app.resolve("src/main/java/com/acme/shop/CustomerOrder.java");
        Files.writeString(entity, Files.readString(entity).replace("Money totalPrice;", "Money totalPrice;\n    String note;"));
        r = mvn(repo, app, db, commands.get(1).subList(1, commands.get(1).size()).toArray(String[]::new));
        assertNotEquals(0, r.code, r.out);
        assertTrue(r.out.contains("autogen: drift between the entities and the migrations"), r.out);
        assertTrue(r.out.contains("note"), r.out);
    }

    /**
     * An application whose Hibernate is not autogen's (as a Spring Boot parent manages it): the plugin maps with
     * the application's hibernate-core and its runtime dependencies from the build's class path, and resolves the
     * community dialects of that version, when the build lacks them, with Maven's own resolver, never the one
     * bundled with autogen (whose classes the plugin does not even have: with Maven's resolver beside it, it failed
     * with a missing org/eclipse/aether class).
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "community dialects on the class path: {0}")
    @org.junit.jupiter.params.provider.ValueSource(booleans = {false, true})
    void anApplicationsOwnHibernateComesFromTheBuildNotAutogensResolver(boolean dialectsManaged) throws Exception {
        Path repo = localRepository();
        Path app = application();
        withHibernate(app, OTHER_HIBERNATE);
        if (dialectsManaged) {
            // as Spring Boot's parent manages them: the same version on the class path, its runtime dependencies
            // (jboss-logging, byte-buddy...) in runtime scope only; else Maven's resolver fetches them
            String pom = Files.readString(app.resolve("pom.xml"));
            Files.writeString(app.resolve("pom.xml"), pom.replace("<artifactId>hibernate-core</artifactId>\n      <version>"
                    + OTHER_HIBERNATE + "</version>\n    </dependency>\n", "<artifactId>hibernate-core</artifactId>\n"
                    + "      <version>" + OTHER_HIBERNATE + "</version>\n    </dependency>\n    <dependency>\n"
                    + "      <groupId>org.hibernate.orm</groupId>\n      <artifactId>hibernate-community-dialects</artifactId>\n"
                    + "      <version>" + OTHER_HIBERNATE + "</version>\n    </dependency>\n"));
        }
        // -llr: the core's tests resolved that version with autogen's resolver, which records another repository id
        Result r = mvn(repo, app, dir.resolve("shop.db"), "-llr", "compile", "autogen:generate",
                "-Dautogen.message=initial schema");
        assertEquals(0, r.code, r.out);
        assertTrue(r.out.contains("autogen: entities mapped with Hibernate " + OTHER_HIBERNATE), r.out);
        assertTrue(r.out.contains("autogen: generated src/main/java/com/acme/shop/db/migrations/M"), r.out);
        assertFalse(MavenPluginTest.resolvedByAutogen(app), "autogen's own resolver ran");
    }

    /**
     * The goals say in the build log what -m, check and upgrade say on the command line, with the fixes spelled as
     * goals: the lint findings of a generated migration as warnings, a likely rename with the property that makes it
     * a rename, {@code -Dautogen.rename} taken, and check's fix naming the goal to run. Eight real Maven runs (about
     * 50 s): in CI's Maven step, with {@code -Dautogen.mavenParityTest=true}, not in every {@code mvn verify}.
     */
    @Test
    @org.junit.jupiter.api.condition.EnabledIfSystemProperty(named = "autogen.mavenParityTest", matches = "true")
    void theGoalsSayWhatTheCommandLineSaysSpelledForMaven() throws Exception {
        Path repo = localRepository();
        Path app = application();
        Path db = dir.resolve("shop.db");
        Path migrations = app.resolve("src/main/java/com/acme/shop/db/migrations");
        Result r = mvn(repo, app, db, "compile", "autogen:generate", "-Dautogen.message=initial schema");
        assertEquals(0, r.code, r.out);
        assertTrue(r.out.matches("(?s).*autogen: generated src/main/java/com/acme/shop/db/migrations/M\\S+\\.java"
                + " \\(revision [0-9a-f]{12}, 1 operation\\).*"), r.out);

        r = mvn(repo, app, db, "autogen:check");
        assertNotEquals(0, r.code, r.out);
        // checking does not create the database it checks: it says how to make it, in Maven's spelling
        assertTrue(r.out.contains("autogen: error: no database at " + db), r.out);
        assertTrue(r.out.contains("(mvn autogen:upgrade creates this one)"), r.out);
        assertFalse(r.out.contains("autogen upgrade head"), r.out);
        assertFalse(Files.exists(db), "check created the database");
        Files.createFile(db); // an empty database: behind the migration just written
        r = mvn(repo, app, db, "autogen:check");
        assertNotEquals(0, r.code, r.out);
        assertTrue(r.out.contains("not-at-head: database at base"), r.out);
        assertTrue(r.out.contains("fix: mvn autogen:upgrade"), r.out);
        assertFalse(r.out.contains("fix: autogen "), r.out);
        // a database with tables of its own and no migrations applied: not managed by migrations yet
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db)) {
            c.createStatement().execute("create table legacy (x integer)");
        }
        r = mvn(repo, app, db, "autogen:check");
        assertNotEquals(0, r.code, r.out);
        assertTrue(r.out.contains("fix: mvn compile autogen:generate -Dautogen.message=\"initial schema\", then"
                + " mvn autogen:upgrade (or the command line's autogen stamp head if"), r.out);
        assertFalse(r.out.contains("fix: autogen "), r.out);
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db)) {
            c.createStatement().execute("drop table legacy");
        }

        r = mvn(repo, app, db, "autogen:upgrade");
        assertEquals(0, r.code, r.out);
        Path entity = app.resolve("src/main/java/com/acme/shop/CustomerOrder.java");
        Files.writeString(entity, Files.readString(entity).replace("customerName;", "buyerName;"));

        r = mvn(repo, app, db, "compile", "autogen:check");
        assertNotEquals(0, r.code, r.out);
        assertTrue(r.out.contains("fix: mvn compile autogen:generate -Dautogen.message=\"describe the change\""), r.out);

        // a rename seen as drop + add: the finding is in the build log as a warning, with the property that fixes it
        r = mvn(repo, app, db, "compile", "autogen:generate", "-Dautogen.message=buyer");
        assertEquals(0, r.code, r.out);
        assertTrue(r.out.contains("[WARNING] autogen: AG107 warning customer_order.customer_name: "), r.out);
        assertTrue(r.out.contains("(rename it with -Dautogen.rename=customer_order.customer_name=buyer_name)"), r.out);
        assertTrue(r.out.contains("[WARNING] autogen: AG102 error customer_order.customer_name: "), r.out);
        assertFalse(r.out.contains("--rename"), r.out);
        Path dropAndAdd = newest(migrations);
        assertTrue(Files.readString(dropAndAdd).contains("dropColumn"), Files.readString(dropAndAdd));
        Files.delete(dropAndAdd);

        r = mvn(repo, app, db, "compile", "autogen:generate", "-Dautogen.message=buyer",
                "-Dautogen.rename=customer_order.customer_name=buyer_name");
        assertEquals(0, r.code, r.out);
        String text = Files.readString(newest(migrations));
        assertTrue(text.contains("op.renameColumn(\"customer_order\", \"customer_name\", \"buyer_name\");"), text);
        assertFalse(text.contains("dropColumn"), text);
        assertTrue(r.out.contains("[WARNING] autogen: AG202 warning customer_order"), r.out);

        r = mvn(repo, app, db, "compile", "autogen:generate", "-Dautogen.message=again");
        assertNotEquals(0, r.code, r.out);
        assertTrue(r.out.contains(": run mvn autogen:upgrade first"), r.out);
        r = mvn(repo, app, db, "autogen:upgrade", "compile", "autogen:generate", "-Dautogen.message=again",
                "-Dautogen.renameTable=nothing=here");
        assertNotEquals(0, r.code, r.out);
        assertTrue(r.out.contains("autogen: error: -Dautogen.renameTable=nothing=here matches nothing: "), r.out);
    }

    static Path newest(Path migrations) throws IOException {
        try (Stream<Path> s = Files.list(migrations)) {
            return s.max(java.util.Comparator.comparing(Path::getFileName)).orElseThrow();
        }
    }

    /** A Hibernate that is not the bundled one, whose core and community dialects the core's tests resolve. */
    static final String OTHER_HIBERNATE = "7.1.0.Final";

    /** The application's pom names {@code version} of hibernate-core, as a parent's dependency management would. */
    static void withHibernate(Path app, String version) throws IOException {
        String pom = Files.readString(app.resolve("pom.xml"));
        Files.writeString(app.resolve("pom.xml"), pom.replace("  <dependencies>\n", "  <dependencies>\n"
                + "    <dependency>\n      <groupId>org.hibernate.orm</groupId>\n      <artifactId>hibernate-core</artifactId>\n"
                + "      <version>" + version + "</version>\n    </dependency>\n"));
    }

    /** The links into ~/.m2 go before the temporary folder is deleted (its contents stay where they are). */
    @org.junit.jupiter.api.AfterEach
    void unlink() throws IOException {
        for (Path d : List.of(dir.resolve("repo"), dir.resolve("repo/io"))) {
            if (Files.isDirectory(d)) {
                try (Stream<Path> s = Files.list(d)) {
                    for (Path l : s.filter(Files::isSymbolicLink).toList()) {
                        Files.delete(l);
                    }
                }
            }
        }
    }

    record Result(int code, String out) {}

    /** A command line's words, as a shell splits them (double quotes only). */
    static List<String> words(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        boolean quoted = false, any = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
                any = true;
            } else if (c == ' ' && !quoted) {
                if (any) {
                    out.add(w.toString());
                }
                w.setLength(0);
                any = false;
            } else {
                w.append(c);
                any = true;
            }
        }
        if (any) {
            out.add(w.toString());
        }
        return out;
    }

    private Result mvn(Path repo, Path app, Path db, String... goals) throws Exception {
        List<String> offline = new ArrayList<>(List.of("-o"));
        offline.addAll(List.of(goals));
        return mvn("mvn", repo, app, db, offline.toArray(String[]::new));
    }

    /** {@code mvn} (the executable named) in batch mode on {@code app}, with the local repository {@code repo}. */
    static Result mvn(String mvn, Path repo, Path app, Path db, String... goals) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(mvn, "-B", "-ntp", "-Dstyle.color=never",
                "-Dmaven.repo.local=" + repo));
        cmd.addAll(List.of(goals));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(app.toFile()).redirectErrorStream(true);
        pb.environment().put("SHOP_DB", db.toString());
        pb.environment().remove("AUTOGEN_URL");
        pb.environment().remove("MAVEN_OPTS");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        return new Result(p.waitFor(), out);
    }

    /** A local repository holding this build's autogen and plugin, and (by links) everything else of ~/.m2. */
    private Path localRepository() throws IOException {
        Path m2 = Path.of(System.getProperty("maven.repo.local",
                System.getProperty("user.home") + "/.m2/repository"));
        Path repo = Files.createDirectories(dir.resolve("repo"));
        try (Stream<Path> s = Files.list(m2)) {
            for (Path top : s.toList()) {
                if (!top.getFileName().toString().equals("io")) {
                    Files.createSymbolicLink(repo.resolve(top.getFileName().toString()), top);
                }
            }
        }
        Path io = Files.createDirectories(repo.resolve("io"));
        if (Files.isDirectory(m2.resolve("io"))) {
            try (Stream<Path> s = Files.list(m2.resolve("io"))) {
                for (Path g : s.toList()) {
                    if (!g.getFileName().toString().equals("autogen")) {
                        Files.createSymbolicLink(io.resolve(g.getFileName().toString()), g);
                    }
                }
            }
        }
        installAutogen(repo, dir);
        return repo;
    }

    /** This build's autogen, its runtime, their parent and the plugin, installed into {@code repo} as {@code mvn install} would. */
    static void installAutogen(Path repo, Path dir) throws IOException {
        install(repo, "autogen-parent", Path.of(System.getProperty("autogen.parent.pom")), null);
        install(repo, "autogen-runtime", Path.of(System.getProperty("autogen.runtime.pom")),
                Path.of(System.getProperty("autogen.runtime.jar")));
        install(repo, "autogen", Path.of(System.getProperty("autogen.core.pom")), Path.of(System.getProperty("autogen.core.jar")));
        Path pluginJar = dir.resolve("autogen-maven-plugin.jar");
        jar(Path.of(System.getProperty("autogen.plugin.classes")), pluginJar);
        install(repo, "autogen-maven-plugin", Path.of(System.getProperty("autogen.plugin.pom")), pluginJar);
    }

    private static void install(Path repo, String artifact, Path pom, Path jar) throws IOException {
        Path d = Files.createDirectories(repo.resolve("io/autogen/" + artifact + "/" + VERSION));
        Files.copy(pom, d.resolve(artifact + "-" + VERSION + ".pom"));
        if (jar != null) {
            Files.copy(jar, d.resolve(artifact + "-" + VERSION + ".jar"));
        }
    }

    /** The Spring Boot-style sample application, with the plugin in its build and autogen as its dependency. */
    private Path application() throws Exception {
        return application(dir);
    }

    /** Whether autogen's own resolver ran in {@code app} (it keeps what it resolved as a {@code resolved-*} entry). */
    static boolean resolvedByAutogen(Path app) throws IOException {
        Path cache = app.resolve(".autogen/cache");
        if (!Files.isDirectory(cache)) {
            return false;
        }
        try (Stream<Path> s = Files.list(cache)) {
            return s.anyMatch(f -> f.getFileName().toString().startsWith("resolved-"));
        }
    }

    static Path application(Path dir) throws Exception {
        Path from = Path.of(System.getProperty("autogen.app"));
        Path app = dir.resolve("shop");
        try (Stream<Path> s = Files.walk(from)) {
            for (Path f : s.toList()) {
                Path t = app.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(t);
                } else {
                    Files.createDirectories(t.getParent());
                    Files.copy(f, t);
                }
            }
        }
        List<InMemoryCompiler.Source> lib = new ArrayList<>();
        for (String name : List.of("Money", "MoneyConverter")) {
            String path = "com/acme/money/" + name + ".java";
            lib.add(new InMemoryCompiler.Source(path, Files.readString(app.resolve("lib-src").resolve(path))));
        }
        Path libClasses = dir.resolve("lib-classes");
        for (var c : new InMemoryCompiler(InMemoryCompiler.processClasspath()).compileSources(lib).classes().entrySet()) {
            Path f = libClasses.resolve(c.getKey().replace('.', '/') + ".class");
            Files.createDirectories(f.getParent());
            Files.write(f, c.getValue());
        }
        jar(libClasses, app.resolve("lib/money-1.4.jar"));
        Files.writeString(app.resolve("autogen.properties"), "migrations=src/main/java/com/acme/shop/db/migrations\n");
        String pom = Files.readString(app.resolve("pom.xml"));
        String snippet = Files.readString(app.resolve("pom-maven-plugin.xml")).replace("${autogen.version}", VERSION);
        // the README's snippets: autogen as a dependency (migrations compile against it), the plugin in the build
        Files.writeString(app.resolve("pom.xml"), pom
                .replace("  <dependencies>\n", "  <dependencies>\n" + section(snippet, "dependency"))
                .replace("</project>", section(snippet, "build") + "</project>"));
        return app;
    }

    private static String section(String snippet, String name) {
        int a = snippet.indexOf("<!-- " + name + " -->"), b = snippet.indexOf("<!-- /" + name + " -->");
        return snippet.substring(snippet.indexOf('\n', a) + 1, b);
    }

    static void jar(Path classes, Path jar) throws IOException {
        Files.createDirectories(jar.getParent());
        try (OutputStream o = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(o);
             Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                j.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                j.write(Files.readAllBytes(f));
                j.closeEntry();
            }
        }
    }
}
