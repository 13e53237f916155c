package io.autogen.source.isolation;

import io.autogen.source.mapping.Mapper;
import io.autogen.source.mapping.MappingErrors;

import io.autogen.spi.HibernateJars;

import io.autogen.compile.InMemoryCompiler;
import io.autogen.error.ConfigException;
import io.autogen.error.EntityException;
import io.autogen.source.hibernate.HibernateMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Hibernate that maps the entities: the application's own version when the project names one
 * ({@code hibernate.version=}, or a {@code hibernate-core} jar on {@code classpath=}), else the one bundled with
 * autogen. Another version runs in a class loader of its own that holds its jars (resolved as a build resolves
 * them, or handed over by the build that runs autogen: {@link HibernateJars}) and autogen's {@code hibernate}
 * mapping package, so that its DDL, not the bundled one's, is the reference.
 */
public final class HibernateRuntime {
    private static final String GROUP = "org.hibernate.orm:", CORE = "hibernate-core";

    /** The oldest generation supported: 6.2 is where the DDL of enums and the boot API settled. */
    static final int MIN_MAJOR = 6, MIN_MINOR = 2, MAX_MAJOR = 7;
    private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)\\.\\d+[.-]?[A-Za-z0-9.-]*");
    private static final Pattern CORE_JAR = Pattern.compile("hibernate-core-(\\d+\\.\\d+\\.\\d+[.-]?[A-Za-z0-9.-]*?)\\.jar");

    /** True for a {@code hibernate-core} jar's file name: the jar on a class path that names the Hibernate version. */
    public static boolean isCoreJar(String fileName) {
        return CORE_JAR.matcher(fileName).matches();
    }

    private final String version;
    private final String origin;
    private final List<Path> jars;
    private ClassLoader loader;

    private HibernateRuntime(String version, String origin, List<Path> jars) {
        this.version = version;
        this.origin = origin;
        this.jars = List.copyOf(jars);
    }

    /** The Hibernate autogen is built with. */
    public static HibernateRuntime bundled() {
        return new HibernateRuntime(bundledVersion(), "bundled with autogen", List.of());
    }

    public static String bundledVersion() {
        return org.hibernate.Version.getVersionString();
    }

    /** {@link #forProject(String, List, String, HibernateJars)} with autogen's own resolver, cached in {@code cacheDir}. */
    public static HibernateRuntime forProject(String configured, List<String> classpath, String dialectArtifact,
                                              Path cacheDir) {
        return forProject(configured, classpath, dialectArtifact, ArtifactResolver.jars(cacheDir));
    }

    /**
     * The Hibernate a project's settings name, with its jars.
     *
     * @param configured  {@code hibernate.version=}, or null
     * @param classpath   the project's {@code classpath=}: a {@code hibernate-core} jar there names the version
     * @param dialectArtifact the artifact of {@code org.hibernate.orm} that holds the database's Hibernate dialect
     *                    ({@code hibernate-core}, or another such as {@code hibernate-community-dialects})
     * @param source      where the jars come from: a build's resolved jars when they hold that version's
     *                    hibernate-core, else (and for what they lack) its resolver
     */
    public static HibernateRuntime forProject(String configured, List<String> classpath, String dialectArtifact,
                                              HibernateJars source) {
        String version = configured;
        String origin = "hibernate.version=" + configured;
        if (version == null) {
            for (String entry : classpath) {
                Matcher m = CORE_JAR.matcher(Path.of(entry).getFileName().toString());
                if (m.matches()) {
                    version = m.group(1);
                    origin = "classpath= (" + Path.of(entry).getFileName() + ")";
                    break;
                }
            }
        }
        if (version == null) {
            return bundled();
        }
        requireSupported(version, origin);
        if (version.equals(bundledVersion())) {
            return new HibernateRuntime(version, origin, List.of());
        }
        return new HibernateRuntime(version, origin, jars(version, origin, dialectArtifact, source));
    }

    /**
     * This version's jars: the build's resolved ones when they hold its hibernate-core (without any other version's
     * core or dialects), the dialect's artifact resolved when they lack it; else all resolved.
     */
    private static List<Path> jars(String version, String origin, String dialectArtifact, HibernateJars source) {
        boolean community = !dialectArtifact.equals(CORE);
        String core = CORE + "-" + version + ".jar", dialects = dialectArtifact + "-" + version + ".jar";
        List<Path> resolved = source.resolved();
        if (resolved.stream().noneMatch(j -> j.getFileName().toString().equals(core))) {
            List<String> artifacts = new ArrayList<>(List.of(GROUP + CORE + ":" + version));
            if (community) {
                artifacts.add(GROUP + dialectArtifact + ":" + version);
            }
            return source.resolve(artifacts, origin);
        }
        List<Path> jars = new ArrayList<>();
        boolean hasDialects = resolved.stream().anyMatch(j -> j.getFileName().toString().equals(dialects));
        if (community && !hasDialects) {
            jars.addAll(source.resolve(List.of(GROUP + dialectArtifact + ":" + version), origin));
        }
        for (Path j : resolved) {
            String name = j.getFileName().toString();
            boolean otherVersion = (name.startsWith(CORE + "-") || name.startsWith(dialectArtifact + "-"))
                    && !name.equals(core) && !name.equals(dialects);
            if (!otherVersion && !jars.contains(j)) {
                jars.add(j);
            }
        }
        return jars;
    }

    static void requireSupported(String version, String origin) {
        Matcher m = VERSION.matcher(version);
        if (!m.matches()) {
            throw new ConfigException(origin + ": " + version + " is not a Hibernate version (for example 6.6.13.Final)");
        }
        int major = Integer.parseInt(m.group(1)), minor = Integer.parseInt(m.group(2));
        if (major < MIN_MAJOR || major == MIN_MAJOR && minor < MIN_MINOR || major > MAX_MAJOR) {
            throw new ConfigException(origin + ": Hibernate " + version + " is not supported: autogen maps with Hibernate "
                    + MIN_MAJOR + "." + MIN_MINOR + " or later 6.x, or 7.x");
        }
    }

    public String version() {
        return version;
    }

    /** Where the version came from, for {@code -v}. */
    public String origin() {
        return origin;
    }

    public boolean isBundled() {
        return jars.isEmpty();
    }

    /** What entity sources compile against: this Hibernate's jars (its JPA API with them), or autogen's own. */
    public List<String> compileClasspath() {
        return isBundled() ? InMemoryCompiler.processClasspath() : jars.stream().map(Path::toString).toList();
    }

    /** The loader that defines this Hibernate (and, for another version, autogen's mapping package beside it). */
    public synchronized ClassLoader loader() {
        if (loader == null) {
            loader = isBundled() ? HibernateRuntime.class.getClassLoader() : new IsolatedLoader(jars);
        }
        return loader;
    }

    public Mapper mapper() {
        if (isBundled()) {
            return new HibernateMapper();
        }
        try {
            return (Mapper) Class.forName(HibernateMapper.class.getName(), true, loader()).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new EntityException("Hibernate " + version + " (" + origin + ") cannot be started: "
                    + MappingErrors.oneLine(e), e);
        }
    }

    @Override public String toString() {
        return "Hibernate " + version + " (" + origin + ")";
    }
}
