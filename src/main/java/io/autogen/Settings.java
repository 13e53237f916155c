package io.autogen;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Everything a command needs to know about the project, already resolved (flag > environment > file > default)
 * by the command line. Paths are absolute.
 */
public record Settings(String url, List<Path> entities, Path migrations, String schema, String naming,
                       List<String> excludeTables, Path templates, List<String> classpath, Path projectDir) {
    public Settings {
        Objects.requireNonNull(url);
        entities = List.copyOf(entities);
        Objects.requireNonNull(migrations);
        naming = naming == null ? "jpa" : naming;
        excludeTables = List.copyOf(excludeTables);
        classpath = List.copyOf(classpath);
        Objects.requireNonNull(projectDir);
    }

    /** Where compiled entity sources and migrations are cached between runs. */
    public Path cacheDir() {
        return projectDir.resolve(".autogen").resolve("cache");
    }
}
