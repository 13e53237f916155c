package io.autogen.source.isolation;

import io.autogen.spi.HibernateJars;
import io.autogen.cache.ProjectCache;
import io.autogen.error.ConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;
import org.eclipse.aether.resolution.DependencyResult;
import org.eclipse.aether.supplier.RepositorySystemSupplier;
import org.eclipse.aether.supplier.SessionBuilderSupplier;
import org.eclipse.aether.util.artifact.JavaScopes;
import org.eclipse.aether.util.filter.DependencyFilterUtils;

/**
 * Resolves artifacts and their runtime dependencies as a Maven build does (Maven's own resolver): from the local
 * repository ({@code ~/.m2/repository}, or {@code -Dmaven.repo.local}), else from Maven Central into it. The jar
 * list is kept in the project's cache, so later runs start no resolver while the jars are still there.
 */
public final class ArtifactResolver {
    private static final String CENTRAL = "https://repo.maven.apache.org/maven2/";

    private ArtifactResolver() {}

    static List<Path> resolve(List<String> coordinates, Path cacheDir, String origin) {
        ProjectCache cache = new ProjectCache(cacheDir);
        String key = ProjectCache.hash(String.join(" ", coordinates));
        List<String> cached = cache.lines("resolved", key);
        if (cached != null) {
            List<Path> jars = cached.stream().filter(l -> !l.isBlank()).map(Path::of).toList();
            if (!jars.isEmpty() && jars.stream().allMatch(Files::isRegularFile)) {
                return jars;
            }
        }
        List<Path> jars = resolveNow(coordinates, origin);
        cache.putLines("resolved", key, jars.stream().map(Path::toString).toList()); // or not: it only costs time
        return jars;
    }

    private static List<Path> resolveNow(List<String> coordinates, String origin) {
        RepositorySystem system = new RepositorySystemSupplier().get();
        try (var session = new SessionBuilderSupplier(system).get()
                .withLocalRepositoryBaseDirectories(localRepository())
                .setSystemProperties(System.getProperties())
                .build()) {
            CollectRequest collect = new CollectRequest();
            coordinates.forEach(c -> collect.addDependency(new Dependency(new DefaultArtifact(c), JavaScopes.RUNTIME)));
            collect.setRepositories(List.of(new RemoteRepository.Builder("central", "default", CENTRAL).build()));
            DependencyResult result = system.resolveDependencies(session,
                    new DependencyRequest(collect, DependencyFilterUtils.classpathFilter(JavaScopes.RUNTIME)));
            return result.getArtifactResults().stream().map(r -> r.getArtifact().getPath()).toList();
        } catch (DependencyResolutionException | IllegalArgumentException e) {
            String why = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
            throw new ConfigException(origin + ": cannot resolve " + String.join(", ", coordinates) + " from "
                    + localRepository() + " or Maven Central (" + why + "): check the version, or the network");
        } finally {
            system.shutdown();
        }
    }

    static Path localRepository() {
        return LocalRepository.path();
    }

    /**
     * autogen's own resolver as {@link HibernateJars} (as a build resolves: the local repository, then Maven
     * Central), the jar list kept in {@code cacheDir} (or nowhere when null). Its classes load only when it resolves.
     */
    public static HibernateJars jars(Path cacheDir) {
        return (coordinates, origin) -> resolve(coordinates, cacheDir, origin);
    }
}
