package io.autogen.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The plugin as a new user's CI runs it: a real Maven (the binary distributions of 3.8 and 3.9), an empty local
 * repository (everything downloaded from Maven Central but this build's autogen), and an application whose Hibernate
 * comes from the Spring Boot parent, not autogen's. It downloads Spring Boot and Hibernate (minutes), so it runs only
 * when asked: {@code mvn -B -ntp -pl maven-plugin -am verify -Dautogen.cleanRepoTest=true
 * -Dtest=MavenCleanRepositoryTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@EnabledIfSystemProperty(named = "autogen.cleanRepoTest", matches = "true")
class MavenCleanRepositoryTest {
    /** The parent whose dependency management names the application's Hibernate (7.2.x, not the bundled 7.4). */
    static final String SPRING_BOOT = System.getProperty("autogen.cleanRepoSpringBoot", "4.0.3");

    @TempDir Path dir;

    /**
     * A Spring Boot team's whole sitting, on an empty local repository, with Maven 3.8 and 3.9: an application of the
     * usual shape (Boot parent, Spring Data JPA, Hibernate from the parent, PostgreSQL in production, H2 in its tests,
     * seed rows in {@code data.sql}) that depends on autogen-runtime alone (the README's snippet, the check goal bound
     * to verify). The plugin generates the first migration; the application's own {@code mvn verify} passes (its H2
     * test context starts, the check finds no drift); its executable jar, started on a fresh PostgreSQL database,
     * applies the migration itself before JPA validates, and its seed rows go in. An entity edit is generated with the
     * plugin and applied at the next start with the rows kept; an edit without its migration fails {@code verify}. The
     * jar carries the runtime and none of the generator (no autogen core, JavaParser, picocli, Mustache or resolver).
     */
    @ParameterizedTest(name = "Maven {0}")
    @ValueSource(strings = {"3.8.8", "3.9.9"})
    void aSpringBootApplicationAdoptsAutogenAndShipsOnlyTheRuntime(String maven) throws Exception {
        String mvn = mavenHome(maven).resolve("bin/mvn").toString();
        Path repo = Files.createDirectories(dir.resolve("repo"));
        MavenPluginTest.installAutogen(repo, dir);
        Path app = MavenPluginTest.application(dir);
        String pom = Files.readString(app.resolve("pom.xml"));
        Files.writeString(app.resolve("pom.xml"), pom
                .replace("  <modelVersion>4.0.0</modelVersion>\n", "  <modelVersion>4.0.0</modelVersion>\n  <parent>\n"
                        + "    <groupId>org.springframework.boot</groupId>\n"
                        + "    <artifactId>spring-boot-starter-parent</artifactId>\n    <version>" + SPRING_BOOT
                        + "</version>\n    <relativePath/>\n  </parent>\n")
                .replace("  <dependencies>\n", "  <dependencies>\n"
                        + dependency("org.springframework.boot", "spring-boot-starter-data-jpa", null)
                        + dependency("org.postgresql", "postgresql", null)
                        + dependency("org.springframework.boot", "spring-boot-starter-test", "test")
                        + dependency("com.h2database", "h2", "test"))
                .replace("    <plugins>\n", "    <plugins>\n      <plugin>\n"
                        + "        <groupId>org.springframework.boot</groupId>\n"
                        + "        <artifactId>spring-boot-maven-plugin</artifactId>\n"
                        + "        <configuration><includeSystemScope>true</includeSystemScope></configuration>\n"
                        + "      </plugin>\n"));
        Path main = app.resolve("src/main/java/com/acme/shop");
        Files.writeString(main.resolve("ShopApplication.java"), """
                package com.acme.shop;

                @org.springframework.boot.autoconfigure.SpringBootApplication
                public class ShopApplication {
                    public static void main(String[] args) {
                        org.springframework.boot.SpringApplication.run(ShopApplication.class, args).close();
                    }
                }
                """);
        Files.createDirectories(app.resolve("src/test/java/com/acme/shop"));
        Files.writeString(app.resolve("src/test/java/com/acme/shop/ShopApplicationTests.java"), """
                package com.acme.shop;

                @org.springframework.boot.test.context.SpringBootTest
                class ShopApplicationTests {
                    @org.junit.jupiter.api.Test
                    void contextLoads() {
                    }
                }
                """);
        Files.createDirectories(app.resolve("src/test/resources"));
        Files.writeString(app.resolve("src/test/resources/application.properties"), """
                spring.datasource.url=jdbc:h2:mem:shop
                spring.jpa.hibernate.ddl-auto=create-drop
                spring.sql.init.mode=never
                """);
        // the migrations are written for the database the team runs: PostgreSQL (a development database of its own)
        String pg = System.getenv().getOrDefault("AUTOGEN_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
        String suffix = Long.toHexString(System.nanoTime());
        String dev = "autogen_dev_" + suffix, prod = "autogen_prod_" + suffix;
        try (var c = java.sql.DriverManager.getConnection(pg)) {
            c.createStatement().execute("create database " + dev);
            c.createStatement().execute("create database " + prod);
        }
        String devUrl = database(pg, dev), prodUrl = database(pg, prod);
        Files.writeString(app.resolve("src/main/resources/application.properties"), "spring.application.name=shop\n"
                + "spring.datasource.url=" + devUrl + "\n"
                + "spring.jpa.hibernate.ddl-auto=validate\n"
                + "spring.sql.init.mode=always\n");
        Files.writeString(app.resolve("src/main/resources/data.sql"),
                "insert into customer_order (id, customer_name) values (1, 'Ada'), (2, 'Grace') on conflict do nothing;\n");
        try {
            MavenPluginTest.Result r = MavenPluginTest.mvn(mvn, repo, app, dir.resolve("unused.db"), "-V", "compile",
                    "autogen:generate", "-Dautogen.message=initial schema", "autogen:upgrade");
            assertEquals(0, r.code(), r.out());
            assertTrue(r.out().contains("Apache Maven " + maven + " "), r.out());
            assertTrue(r.out().contains("autogen: generated src/main/java/com/acme/shop/db/migrations/M"), r.out());
            assertTrue(r.out().matches("(?s).*autogen: entities mapped with Hibernate 7\\.\\d+\\.\\d+\\.Final \\(classpath=.*"),
                    r.out());
            assertFalse(r.out().contains("Hibernate " + io.autogen.source.isolation.HibernateRuntime.bundledVersion()
                    + " (classpath="), "the application's Hibernate is the parent's, not autogen's: " + r.out());
            assertFalse(MavenPluginTest.resolvedByAutogen(app), "autogen's own resolver ran");

            // the application's own build: its H2 test context starts, the package is made, the bound check passes
            r = MavenPluginTest.mvn(mvn, repo, app, dir.resolve("unused.db"), "verify");
            assertEquals(0, r.code(), r.out());
            assertTrue(r.out().contains("Tests run: 1, Failures: 0, Errors: 0"), r.out());
            assertTrue(r.out().contains("autogen: jdbc:h2 is not a database autogen supports"), r.out());
            assertTrue(r.out().contains("autogen: no drift"), r.out());

            Path jar = app.resolve("target/shop-1.0.jar");
            List<String> libs;
            try (var z = new java.util.zip.ZipFile(jar.toFile())) {
                libs = z.stream().map(java.util.zip.ZipEntry::getName).filter(n -> n.startsWith("BOOT-INF/lib/"))
                        .map(n -> n.substring("BOOT-INF/lib/".length())).sorted().toList();
            }
            String runtime = "autogen-runtime-" + MavenPluginTest.VERSION + ".jar";
            assertTrue(libs.contains(runtime), "the runtime ships: " + libs);
            for (String generator : List.of("autogen-" + MavenPluginTest.VERSION + ".jar", "javaparser-core-",
                    "picocli-", "compiler-0.", "maven-resolver-", "autogen-maven-plugin-")) {
                assertTrue(libs.stream().noneMatch(l -> l.startsWith(generator)), generator + " ships: " + libs);
            }
            System.out.println("Maven " + maven + ": autogen in the application's jar: " + runtime + ", "
                    + Files.size(repo.resolve("io/autogen/autogen-runtime/" + MavenPluginTest.VERSION + "/" + runtime))
                    + " bytes; " + libs.size() + " jars in all");

            // production: a fresh database; the jar migrates it at start-up, JPA validates, the seed rows go in
            String out = start(jar, app, prodUrl);
            assertTrue(out.matches("(?s).*autogen: applied [0-9a-f]{12} initial schema.*"), out);
            assertEquals(List.of("1 Ada", "2 Grace"), orders(prodUrl));

            // an entity edit, generated with the plugin, applied at the next start with the rows kept
            Path entity = main.resolve("CustomerOrder.java");
            String before = Files.readString(entity);
            Files.writeString(entity, before.replace("Money totalPrice;", "Money totalPrice;\n\n    String note;"));
            r = MavenPluginTest.mvn(mvn, repo, app, dir.resolve("unused.db"), "compile", "autogen:generate",
                    "-Dautogen.message=order note", "autogen:upgrade", "package", "-DskipTests");
            assertEquals(0, r.code(), r.out());
            out = start(jar, app, prodUrl);
            assertTrue(out.matches("(?s).*autogen: applied [0-9a-f]{12} order note.*"), out);
            assertEquals(List.of("1 Ada", "2 Grace"), orders(prodUrl));

            // an edit without its migration: the bound check fails the build and names it
            Files.writeString(entity, Files.readString(entity).replace("String note;", "String note;\n\n    String channel;"));
            r = MavenPluginTest.mvn(mvn, repo, app, dir.resolve("unused.db"), "verify");
            assertFalse(r.code() == 0, r.out());
            assertTrue(r.out().contains("autogen: drift between the entities and the migrations"), r.out());
            assertTrue(r.out().contains("channel"), r.out());
        } finally {
            try (var c = java.sql.DriverManager.getConnection(pg)) {
                c.createStatement().execute("drop database if exists " + prod + " with (force)");
                c.createStatement().execute("drop database if exists " + dev + " with (force)");
            }
        }
    }

    private static String database(String url, String name) {
        return url.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
    }

    /** Starts the application's jar on {@code url}; returns what it logged, once it has ended with 0. */
    private static String start(Path jar, Path app, String url) throws Exception {
        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "--spring.datasource.url=" + url)).directory(app.toFile())
                .redirectErrorStream(true).start();
        String out;
        try (var in = p.getInputStream()) {
            out = new String(in.readAllBytes());
        }
        assertEquals(0, p.waitFor(), out);
        return out;
    }

    private static List<String> orders(String url) throws Exception {
        List<String> out = new java.util.ArrayList<>();
        try (var c = java.sql.DriverManager.getConnection(url);
             var rs = c.createStatement().executeQuery("select id, customer_name from customer_order order by id")) {
            while (rs.next()) {
                out.add(rs.getLong(1) + " " + rs.getString(2));
            }
        }
        return out;
    }

    private static String dependency(String group, String artifact, String scope) {
        return "    <dependency>\n      <groupId>" + group + "</groupId>\n      <artifactId>" + artifact
                + "</artifactId>\n" + (scope == null ? "" : "      <scope>" + scope + "</scope>\n") + "    </dependency>\n";
    }

    /**
     * The binary distribution of Maven {@code version}, fetched from Maven Central once into a cache outside the
     * build (the {@code autogen.mavenDists} folder, else ~/.cache/autogen-test/maven) and unpacked there.
     */
    static Path mavenHome(String version) throws Exception {
        Path cache = Path.of(System.getProperty("autogen.mavenDists",
                System.getProperty("user.home") + "/.cache/autogen-test/maven"));
        Path home = cache.resolve("apache-maven-" + version);
        if (Files.isExecutable(home.resolve("bin/mvn"))) {
            return home;
        }
        Files.createDirectories(cache);
        run(cache, "mvn", "-B", "-q", "-ntp", "org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy",
                "-Dartifact=org.apache.maven:apache-maven:" + version + ":tar.gz:bin", "-DoutputDirectory=" + cache);
        run(cache, "tar", "xzf", "apache-maven-" + version + "-bin.tar.gz");
        return home;
    }

    private static void run(Path dir, String... cmd) throws Exception {
        Process p = new ProcessBuilder(List.of(cmd)).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), String.join(" ", cmd) + "\n" + out);
    }
}
