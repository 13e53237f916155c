package io.autogen.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Everything a command needs to know about the project, already resolved (flag > environment > file > default)
 * by the command line. Paths are absolute. {@code hibernate} holds the {@code hibernate.*} settings the mapping is
 * built with.
 */
public record Settings(String url, List<Path> entities, Path migrations, String schema, String naming,
                       List<String> excludeTables, Path templates, List<String> classpath, Path projectDir,
                       java.util.Map<String, String> hibernate, java.time.Duration lockTimeout,
                       java.time.Duration statementTimeout, String migrationsPackage) {

    public Settings {
        Objects.requireNonNull(url);
        entities = List.copyOf(entities);
        Objects.requireNonNull(migrations);
        naming = naming == null ? "jpa" : naming;
        excludeTables = List.copyOf(excludeTables);
        classpath = List.copyOf(classpath);
        Objects.requireNonNull(projectDir);
        hibernate = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(hibernate == null ? java.util.Map.of() : hibernate));
    }

    /**
     * The naming setting as Hibernate strategy class names: {@code jpa}, {@code snake}, or the project's own
     * physical and/or implicit strategy classes, comma-separated.
     */
    public List<String> namingClasses() {
        return naming.equals("jpa") || naming.equals("snake") ? List.of()
                : java.util.Arrays.stream(naming.split(",")).map(String::trim).filter(x -> !x.isEmpty()).toList();
    }

    /** Source roots under which a migrations folder's path names its package. */
    private static final List<String> SOURCE_ROOTS = List.of("src/main/java", "src/main/kotlin", "src/test/java");

    /**
     * The Java package of generated migrations: {@code migrations.package}, else the folder's path below a source
     * root ({@code src/main/java/com/acme/db/migrations} is {@code com.acme.db.migrations}), else none (the default
     * package, as projects made before packages keep).
     */
    public String migrationsJavaPackage() {
        if (migrationsPackage != null) {
            return migrationsPackage;
        }
        Path dir = migrations.toAbsolutePath().normalize();
        for (String root : SOURCE_ROOTS) {
            Path r = projectDir.toAbsolutePath().normalize().resolve(root);
            if (dir.startsWith(r) && !dir.equals(r)) {
                List<String> parts = new java.util.ArrayList<>();
                r.relativize(dir).forEach(x -> parts.add(x.toString()));
                if (parts.stream().allMatch(x -> x.matches("[\\p{L}_$][\\p{L}\\p{N}_$]*"))) {
                    return String.join(".", parts);
                }
            }
        }
        return "";
    }

    /** Where compiled entity sources and migrations are cached between runs. */
    public Path cacheDir() {
        return projectDir.resolve(".autogen").resolve("cache");
    }
}
