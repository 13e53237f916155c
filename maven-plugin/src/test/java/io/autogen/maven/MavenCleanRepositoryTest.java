package io.autogen.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

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

    @ParameterizedTest(name = "Maven {0}")
    @ValueSource(strings = {"3.8.8", "3.9.9"})
    void generateUpgradeAndCheckOnACleanLocalRepository(String maven) throws Exception {
        String mvn = mavenHome(maven).resolve("bin/mvn").toString();
        Path repo = Files.createDirectories(dir.resolve("repo"));
        MavenPluginTest.installAutogen(repo, dir);
        Path app = MavenPluginTest.application(dir);
        String pom = Files.readString(app.resolve("pom.xml"));
        Files.writeString(app.resolve("pom.xml"), pom
                .replace("  <modelVersion>4.0.0</modelVersion>\n", "  <modelVersion>4.0.0</modelVersion>\n  <parent>\n    <groupId>org.springframework.boot</groupId>\n"
                        + "    <artifactId>spring-boot-starter-parent</artifactId>\n    <version>" + SPRING_BOOT
                        + "</version>\n    <relativePath/>\n  </parent>\n")
                .replace("  <dependencies>\n", "  <dependencies>\n    <dependency>\n"
                        + "      <groupId>org.springframework.boot</groupId>\n"
                        + "      <artifactId>spring-boot-starter-data-jpa</artifactId>\n    </dependency>\n"));
        long start = System.nanoTime();
        MavenPluginTest.Result r = MavenPluginTest.mvn(mvn, repo, app, dir.resolve("shop.db"), "-V", "compile",
                "autogen:generate", "-Dautogen.message=initial schema", "autogen:upgrade", "autogen:check");
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        System.out.println("Maven " + maven + ", Spring Boot " + SPRING_BOOT + ", clean local repository: " + seconds + " s");
        r.out().lines().filter(l -> l.contains("autogen: ") || l.startsWith("Apache Maven")).forEach(System.out::println);
        assertEquals(0, r.code(), r.out());
        assertTrue(r.out().contains("Apache Maven " + maven + " "), r.out());
        assertTrue(r.out().matches("(?s).*autogen: entities mapped with Hibernate 7\\.\\d+\\.\\d+\\.Final \\(classpath=.*"),
                r.out());
        assertFalse(r.out().contains("Hibernate " + io.autogen.source.isolation.HibernateRuntime.bundledVersion()
                + " (classpath="), "the application's Hibernate is the parent's, not autogen's: " + r.out());
        assertTrue(r.out().contains("autogen: generated src/main/java/com/acme/shop/db/migrations/M"), r.out());
        assertTrue(r.out().contains("autogen: no drift"), r.out());
        assertFalse(MavenPluginTest.resolvedByAutogen(app), "autogen's own resolver ran");
    }

    /**
     * A Spring Boot team's whole sitting, on an empty local repository: the application depends on autogen-runtime
     * alone (the README's snippet), the plugin generates the first migration from its entities, {@code package} makes
     * the executable jar, and that jar, started on a fresh PostgreSQL database, applies the migration itself before JPA
     * validates the schema ({@code ddl-auto=validate}). The jar carries the runtime and none of the generator
     * (no autogen core, JavaParser, picocli, Mustache or Maven resolver).
     */
    @org.junit.jupiter.api.Test
    void theApplicationShipsOnlyTheRuntimeAndMigratesItselfAtStartUp() throws Exception {
        String mvn = mavenHome("3.9.9").resolve("bin/mvn").toString();
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
                        + dependency("org.springframework.boot", "spring-boot-starter-data-jpa")
                        // the production database's driver (its version from the Boot parent)
                        + dependency("org.postgresql", "postgresql"))
                .replace("    <plugins>\n", "    <plugins>\n      <plugin>\n"
                        + "        <groupId>org.springframework.boot</groupId>\n"
                        + "        <artifactId>spring-boot-maven-plugin</artifactId>\n"
                        + "        <configuration><includeSystemScope>true</includeSystemScope></configuration>\n"
                        + "      </plugin>\n"));
        Files.writeString(app.resolve("src/main/java/com/acme/shop/ShopApplication.java"), """
                package com.acme.shop;

                @org.springframework.boot.autoconfigure.SpringBootApplication
                public class ShopApplication {
                    public static void main(String[] args) {
                        org.springframework.boot.SpringApplication.run(ShopApplication.class, args).close();
                    }
                }
                """);
        // the migrations are written for the database the team runs: PostgreSQL (a fresh, empty database of its own)
        String pg = System.getenv().getOrDefault("AUTOGEN_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
        String dev = "autogen_dev_" + Long.toHexString(System.nanoTime()), name = "autogen_prod_" + Long.toHexString(System.nanoTime());
        try (var c = java.sql.DriverManager.getConnection(pg)) {
            c.createStatement().execute("create database " + dev);
            c.createStatement().execute("create database " + name);
        }
        String url = pg.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
        try {
            MavenPluginTest.Result r = MavenPluginTest.mvn(mvn, repo, app, dir.resolve("unused.db"), "compile",
                    "autogen:generate", "-Dautogen.url=" + pg.replaceFirst("/[^/?]+(\\?|$)", "/" + dev + "$1"),
                    "-Dautogen.message=initial schema", "package", "-DskipTests");
            assertEquals(0, r.code(), r.out());
            assertTrue(r.out().contains("autogen: generated src/main/java/com/acme/shop/db/migrations/M"), r.out());

            Path jar = app.resolve("target/shop-1.0.jar");
            List<String> libs;
            try (var z = new java.util.zip.ZipFile(jar.toFile())) {
                libs = z.stream().map(java.util.zip.ZipEntry::getName).filter(n -> n.startsWith("BOOT-INF/lib/"))
                        .map(n -> n.substring("BOOT-INF/lib/".length())).sorted().toList();
            }
            String runtime = "autogen-runtime-" + MavenPluginTest.VERSION + ".jar";
            assertTrue(libs.contains(runtime), "the runtime ships: " + libs);
            for (String generator : List.of("autogen-" + MavenPluginTest.VERSION + ".jar", "javaparser-core-", "picocli-",
                    "compiler-0.", "maven-resolver-", "autogen-maven-plugin-")) {
                assertTrue(libs.stream().noneMatch(l -> l.startsWith(generator)), generator + " ships: " + libs);
            }
            System.out.println("autogen in the application's jar: " + runtime + ", "
                    + Files.size(repo.resolve("io/autogen/autogen-runtime/" + MavenPluginTest.VERSION + "/" + runtime))
                    + " bytes; " + libs.size() + " jars in all");

            // production: another fresh database, and JPA validating the schema the runtime made
            Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-jar", jar.toString(), "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                    "--spring.datasource.password=")).directory(app.toFile()).redirectErrorStream(true).start();
            String out;
            try (var in = p.getInputStream()) {
                out = new String(in.readAllBytes());
            }
            assertEquals(0, p.waitFor(), out);
            assertTrue(out.matches("(?s).*autogen: applied [0-9a-f]{12} initial schema.*"), out);
            try (var c = java.sql.DriverManager.getConnection(url);
                 var rs = c.createStatement().executeQuery("select count(*) from autogen_version")) {
                assertTrue(rs.next() && rs.getInt(1) == 1, "the database is at the migration's revision");
            }
        } finally {
            try (var c = java.sql.DriverManager.getConnection(pg)) {
                c.createStatement().execute("drop database if exists " + name + " with (force)");
                c.createStatement().execute("drop database if exists " + dev + " with (force)");
            }
        }
    }

    private static String dependency(String group, String artifact) {
        return "    <dependency>\n      <groupId>" + group + "</groupId>\n      <artifactId>" + artifact
                + "</artifactId>\n    </dependency>\n";
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
