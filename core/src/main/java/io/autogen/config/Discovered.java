package io.autogen.config;

import io.autogen.source.isolation.HibernateRuntime;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a project with no {@code autogen.properties} shows by its layout: where its migrations already are, a
 * class folder older than the sources it was compiled from, a build whose Hibernate autogen cannot see.
 */
final class Discovered {
    /** A migration's file name as autogen writes it: M, date, time, name. */
    private static final Pattern MIGRATION_FILE = Pattern.compile("M\\d{8}_\\d{4,6}_\\w*\\.java");

    private Discovered() {}

    /**
     * The one folder under the entity sources that holds migration classes (a package such as
     * {@code com.acme.shop.db.migrations}), or null: what a Spring project keeps there, found without a setting.
     */
    static ApplicationSettings.Value migrations(Path base, List<Path> entityPaths) {
        Set<Path> folders = new TreeSet<>();
        for (Path root : entityPaths) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> s = Files.walk(root)) {
                s.filter(f -> MIGRATION_FILE.matcher(f.getFileName().toString()).matches())
                        .filter(Discovered::isRevision).forEach(f -> folders.add(f.getParent()));
            } catch (IOException | UncheckedIOException e) {
                return null; // unreadable: the default stands
            }
        }
        if (folders.size() != 1) {
            return null;
        }
        Path folder = folders.iterator().next();
        String shown = folder.startsWith(base) ? base.relativize(folder).toString() : folder.toString();
        return new ApplicationSettings.Value(shown, "found: the @Revision classes in " + shown);
    }

    private static boolean isRevision(Path file) {
        try {
            return Files.readString(file).contains("@Revision(");
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    /**
     * A class folder under {@code target/} that is older than the project's sources: what autogen maps from it is
     * the last build, not the code as it stands.
     */
    static Optional<String> staleClasses(Path base, Path entities) {
        Path sources = base.resolve("src/main/java");
        if (!Files.isDirectory(entities) || !Files.isDirectory(sources) || entities.startsWith(sources)
                || !entities.toString().contains("target")) {
            return Optional.empty();
        }
        Newest classes = newest(entities, ".class");
        Newest java = newest(sources, ".java");
        if (classes == null || java == null || !java.time().toInstant().isAfter(classes.time().toInstant().plusSeconds(1))) {
            return Optional.empty();
        }
        String shown = entities.startsWith(base) ? base.relativize(entities).toString() : entities.toString();
        return Optional.of("entities=" + shown + " is older than src/main/java (" + java.file().getFileName()
                + " changed after the last build): autogen maps the last build; compile first (mvn compile), or set"
                + " entities=src/main/java");
    }

    private record Newest(Path file, FileTime time) {}

    private static Newest newest(Path root, String suffix) {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(f -> f.toString().endsWith(suffix)).map(f -> {
                try {
                    return new Newest(f, Files.getLastModifiedTime(f));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).max((a, b) -> a.time().compareTo(b.time())).orElse(null);
        } catch (IOException | UncheckedIOException e) {
            return null;
        }
    }

    /**
     * A Maven project that uses Hibernate (or Spring Data JPA) while autogen sees no {@code hibernate-core} on the
     * class path and no {@code hibernate.version=}: it maps with its bundled version, and says so.
     */
    static Optional<String> bundledHibernate(Path base, Map<String, String> hibernate, List<Path> classpath,
                                            String bundled) {
        Path pom = base.resolve("pom.xml");
        if (hibernate.containsKey("hibernate.version") || !Files.isRegularFile(pom)
                || classpath.stream().anyMatch(p -> HibernateRuntime.isCoreJar(p.getFileName().toString()))) {
            return Optional.empty();
        }
        try {
            String text = Files.readString(pom);
            if (!text.contains("hibernate") && !text.contains("spring-boot-starter-data-jpa")
                    || text.replaceAll("\\s", "").contains("<packaging>pom</packaging>")) {
                return Optional.empty(); // no Hibernate, or an aggregator whose modules hold the application
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.of("pom.xml's Hibernate is not on the class path autogen sees (and hibernate.version= is not"
                + " set): entities map with the bundled Hibernate " + bundled + "; set hibernate.version= to your"
                + " application's");
    }
}
