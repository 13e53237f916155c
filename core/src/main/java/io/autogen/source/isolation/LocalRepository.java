package io.autogen.source.isolation;

import java.nio.file.Path;

/** The local Maven repository, known without loading a resolver. */
public final class LocalRepository {
    private LocalRepository() {}

    /** {@code -Dmaven.repo.local}, else {@code ~/.m2/repository}. */
    public static Path path() {
        String configured = System.getProperty("maven.repo.local");
        return configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".m2", "repository");
    }
}
