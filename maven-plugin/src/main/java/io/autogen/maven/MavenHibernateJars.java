package io.autogen.maven;

import io.autogen.error.ConfigException;
import io.autogen.spi.HibernateJars;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;

/**
 * The application's Hibernate as Maven resolved it: its hibernate-core and dependencies are on the project's
 * compile class path; anything else (the community dialects of that version, or a {@code hibernate.version=} the
 * build does not use) is resolved by Maven's own resolver, with the build's session and repositories. autogen's
 * bundled resolver never runs inside Maven (its classes are not even in the plugin: they clash with Maven's).
 */
final class MavenHibernateJars implements HibernateJars {
    private final List<Path> classpath;
    private final RepositorySystem system;
    private final RepositorySystemSession session;
    private final List<RemoteRepository> repositories;

    MavenHibernateJars(List<Path> classpath, RepositorySystem system, RepositorySystemSession session,
                       List<RemoteRepository> repositories) {
        this.classpath = List.copyOf(classpath);
        this.system = system;
        this.session = session;
        this.repositories = List.copyOf(repositories);
    }

    @Override public List<Path> resolved() {
        return classpath.stream().filter(p -> p.getFileName().toString().endsWith(".jar")).toList();
    }

    @Override public List<Path> resolve(List<String> coordinates, String origin) {
        CollectRequest collect = new CollectRequest();
        coordinates.forEach(c -> collect.addDependency(new Dependency(new DefaultArtifact(c), "runtime")));
        collect.setRepositories(repositories);
        try {
            List<Path> jars = new ArrayList<>();
            for (ArtifactResult r : system.resolveDependencies(session, new DependencyRequest(collect, null))
                    .getArtifactResults()) {
                jars.add(r.getArtifact().getFile().toPath());
            }
            return jars;
        } catch (DependencyResolutionException | IllegalArgumentException e) {
            String why = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
            throw new ConfigException(origin + ": Maven cannot resolve " + String.join(", ", coordinates) + " ("
                    + why + "): check the version, or the build's repositories (or run without -o)");
        }
    }
}
