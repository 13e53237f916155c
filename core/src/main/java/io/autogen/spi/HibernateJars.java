package io.autogen.spi;

import java.nio.file.Path;
import java.util.List;

/**
 * Where the jars of a Hibernate other than the bundled one come from. The command line resolves them itself
 * ({@link #resolver}); a build tool that already resolved the application's class path passes its own: the jars it
 * resolved ({@link #resolved}, which hold the application's hibernate-core and its dependencies) and its own
 * resolver for anything else (the community dialects of the same version), so that no second resolver runs inside it.
 */
public interface HibernateJars {
    /**
     * Jars a build already resolved that hold the application's hibernate-core and all its runtime dependencies
     * (empty: none; then everything comes from {@link #resolve}).
     */
    default List<Path> resolved() {
        return List.of();
    }

    /**
     * The jars of Maven {@code coordinates} ({@code group:artifact:version}) and their runtime dependencies.
     *
     * @param origin where the version came from, for the error message when they cannot be resolved
     */
    List<Path> resolve(List<String> coordinates, String origin);
}
