package io.autogen.source.entity;

import io.autogen.compile.IncrementalSources;
import io.autogen.source.isolation.HibernateRuntime;
import io.autogen.source.mapping.EntityClasses;

import io.autogen.cache.ProjectCache;
import io.autogen.compile.InMemoryCompiler;
import io.autogen.error.EntityException;
import jakarta.persistence.Converter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the classes to map. A source folder is compiled in memory: only files that declare a mapped type are
 * given to javac, with the folder on its source path so that the project classes they use come along and the
 * rest of the project (and its libraries) is not needed. Compiled classes are cached by the sources' hash.
 */
public final class EntityDiscovery {
    private static final Pattern MAPPED = Pattern.compile(
            "@(jakarta\\.persistence\\.)?(Entity|Embeddable|MappedSuperclass|Converter)\\b");
    /** Compared by name: under another Hibernate version the entities' annotations come from its JPA jar, not ours. */
    private static final List<String> ANNOTATIONS = List.of(Entity.class.getName(), Embeddable.class.getName(),
            MappedSuperclass.class.getName(), Converter.class.getName());

    private final List<String> extraClasspath;
    private final ProjectCache cache;
    private final List<String> rootClasses;
    private final HibernateRuntime runtime;
    private final Path cacheDir;
    private int lastCompiled = -1;
    /** Files the fingerprint has read already, so that the compile and discovery that follow do not read them again. */
    private final Map<Path, byte[]> alreadyRead = new java.util.HashMap<>();

    /**
     * @param extraClasspath jars or folders the entities need besides autogen's own class path
     * @param cacheDir where compiled entity sources are cached, or null for no cache
     */
    public EntityDiscovery(List<String> extraClasspath, Path cacheDir) {
        this(extraClasspath, cacheDir, List.of());
    }

    /**
     * @param rootClasses classes the mapping needs that no entity references (a naming strategy): compiled from
     *                    the source folders too, when their source is there
     */
    public EntityDiscovery(List<String> extraClasspath, Path cacheDir, List<String> rootClasses) {
        this(extraClasspath, cacheDir, rootClasses, HibernateRuntime.bundled());
    }

    /** @param runtime the Hibernate that maps: entity sources compile against its JPA API and load beside it */
    /** The classes the mapping needs that no entity references: the naming strategies. */
    List<String> rootClasses() {
        return rootClasses;
    }

    public EntityDiscovery(List<String> extraClasspath, Path cacheDir, List<String> rootClasses, HibernateRuntime runtime) {
        this.extraClasspath = List.copyOf(extraClasspath);
        this.cache = new ProjectCache(cacheDir);
        this.cacheDir = cacheDir;
        this.rootClasses = List.copyOf(rootClasses);
        this.runtime = runtime;
    }

    public EntityClasses discover(List<Path> paths) {
        if (paths.isEmpty()) {
            throw new EntityException("no entity path given: set entities in autogen.properties or --entities");
        }
        ClassLoader parent = extraLoader();
        List<Path> sourceRoots = new ArrayList<>();
        List<URL> binaries = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw new EntityException("entity path " + p + " does not exist: set entities in autogen.properties"
                        + " or --entities to your source folder, class folder or jar");
            }
            if (Files.isDirectory(p) && containsSources(p)) {
                sourceRoots.add(p);
            } else {
                binaries.add(url(p));
            }
        }
        List<String> names = new ArrayList<>();
        Map<String, byte[]> bytes = new java.util.HashMap<>();
        ClassLoader loader = parent;
        if (!binaries.isEmpty()) {
            loader = new URLClassLoader(binaries.toArray(URL[]::new), loader);
            for (URL u : binaries) {
                names.addAll(classBytes(Path.of(u.getPath()), bytes));
            }
        }
        if (!sourceRoots.isEmpty()) {
            Map<String, byte[]> compiled = compileSources(sourceRoots);
            loader = new InMemoryCompiler.Output(compiled).loader(loader);
            names.addAll(compiled.keySet());
            bytes.putAll(compiled);
        }
        List<Class<?>> classes = new ArrayList<>();
        Map<String, String> unloadable = new java.util.TreeMap<>();
        for (String name : names) {
            Class<?> c = load(loader, name, unloadable);
            if (c != null && EntityClasses.annotatedWith(c, ANNOTATIONS)) {
                classes.add(c);
            }
        }
        if (classes.stream().noneMatch(c -> EntityClasses.annotatedWith(c, List.of(Entity.class.getName())))) {
            throw new EntityException("no @Entity class found in " + paths + ": point entities at the folder"
                    + " that holds your entity packages (for example src/main/java)");
        }
        return new EntityClasses(loader, classes, unloadable, bytes);
    }

    /**
     * A hash of everything the mapping depends on: every source file's path and text, every class file's bytes, a
     * jar's path, size and time, and the same for the extra class path. Equal fingerprints map to equal schemas.
     */
    public String fingerprint(List<Path> paths) {
        return ProjectCache.hash(hashOf(paths, true), librariesFingerprint());
    }

    private String libraries;

    /**
     * The part of {@link #fingerprint} that is the extra class path (the libraries): what a mapping depends on besides
     * the project's own classes. Read once per discovery.
     */
    public String librariesFingerprint() {
        if (libraries == null) {
            libraries = hashOf(extraClasspath.stream().map(Path::of).toList(), false);
        }
        return libraries;
    }

    /** @param keep whether the files read are kept for the compile and discovery that follow (the entity paths') */
    private String hashOf(List<Path> all, boolean keep) {
        List<byte[]> parts = new ArrayList<>();
        for (Path p : all) {
            parts.add(utf8(p.toAbsolutePath().toString()));
            try {
                if (Files.isDirectory(p)) {
                    try (Stream<Path> s = Files.walk(p)) {
                        for (Path f : s.filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".class"))
                                .sorted().toList()) {
                            parts.add(utf8(p.relativize(f).toString()));
                            byte[] bytes = Files.readAllBytes(f);
                            parts.add(bytes);
                            if (keep) {
                                alreadyRead.put(f, bytes);
                            }
                        }
                    }
                } else if (Files.exists(p)) {
                    parts.add(utf8(Files.size(p) + "@" + Files.getLastModifiedTime(p).toMillis()));
                }
            } catch (IOException e) {
                throw new EntityException("cannot read " + p + ": " + e.getMessage());
            }
        }
        return ProjectCache.hash(parts);
    }

    /** The bytes of {@code f}: those the fingerprint has just read, else read now. */
    private byte[] bytes(Path f) throws IOException {
        byte[] read = alreadyRead.remove(f);
        return read != null ? read : Files.readAllBytes(f);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private ClassLoader extraLoader() {
        ClassLoader own = runtime.loader();
        if (extraClasspath.isEmpty()) {
            return own;
        }
        return new URLClassLoader(extraClasspath.stream().map(Path::of).map(EntityDiscovery::url).toArray(URL[]::new), own);
    }

    /**
     * The class, or null when it cannot be loaded: a class whose dependencies are missing cannot be an entity we
     * can map, but a mapping may need it (an entity listener), so what it misses is noted in {@code unloadable}.
     */
    private static Class<?> load(ClassLoader loader, String name, Map<String, String> unloadable) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            if (e instanceof NoClassDefFoundError && e.getMessage() != null) {
                unloadable.put(name, e.getMessage());
            }
            return null;
        }
    }

    private static boolean containsSources(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.anyMatch(p -> p.toString().endsWith(".java"));
        } catch (IOException e) {
            throw new EntityException("cannot read " + dir + ": " + e.getMessage());
        }
    }

    private static URL url(Path p) {
        try {
            return p.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new EntityException("bad entity path " + p);
        }
    }

    /** The names of the classes in a class folder or jar; their bytes go into {@code bytes}. */
    private List<String> classBytes(Path p, Map<String, byte[]> bytes) {
        List<String> out = new ArrayList<>();
        try {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    for (Path f : s.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                        String name = toClassName(p.relativize(f).toString());
                        out.add(name);
                        bytes.put(name, bytes(f));
                    }
                }
            } else {
                try (JarFile jar = new JarFile(p.toFile())) {
                    for (var e : jar.stream().filter(e -> e.getName().endsWith(".class")
                            && !e.getName().startsWith("META-INF/")).sorted(Comparator.comparing(e -> e.getName())).toList()) {
                        String name = toClassName(e.getName());
                        out.add(name);
                        try (var in = jar.getInputStream(e)) {
                            bytes.put(name, in.readAllBytes());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new EntityException("cannot read " + p + ": " + e.getMessage());
        }
        out.removeIf(n -> n.endsWith("module-info") || n.endsWith("package-info"));
        return out;
    }

    private static String toClassName(String file) {
        return file.substring(0, file.length() - ".class".length()).replace('/', '.').replace('\\', '.');
    }

    private Map<String, byte[]> compileSources(List<Path> roots) {
        List<Path> all = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> s = Files.walk(root)) {
                s.filter(f -> f.toString().endsWith(".java")).sorted(Comparator.naturalOrder()).forEach(all::add);
            } catch (IOException e) {
                throw new EntityException("cannot read " + root + ": " + e.getMessage());
            }
        }
        List<Path> mapped = new ArrayList<>();
        Map<Path, String> texts = new java.util.LinkedHashMap<>();
        List<Path> roots2 = rootClasses.stream().flatMap(c -> roots.stream().map(r -> r.resolve(c.replace('.', '/') + ".java")))
                .toList();
        for (Path f : all) {
            String text = read(f);
            texts.put(f, text);
            if (MAPPED.matcher(text).find() || roots2.contains(f)) {
                mapped.add(f);
            }
        }
        if (mapped.isEmpty()) {
            throw new EntityException("no @Entity class found in " + roots + ": point entities at the folder"
                    + " that holds your entity packages (for example src/main/java)");
        }
        List<String> cp = new ArrayList<>(runtime.compileClasspath());
        cp.addAll(extraClasspath);
        try {
            // processors from the project's own class path (Lombok): entities that use them compile as they do in the build
            // after an edit, only what the edit can reach is compiled again (against the kept classes of the rest)
            String increment = ProjectCache.hash(String.join(";", extraClasspath), String.join(";", rootClasses),
                    runtime.version(), roots.toString(), String.join(";", cp));
            IncrementalSources.Result r = new IncrementalSources(cache, cacheDir, increment, cp, extraClasspath)
                    .compile(texts, mapped, roots);
            lastCompiled = r.compiledFiles();
            return r.classes();
        } catch (InMemoryCompiler.CompileError e) {
            throw new EntityException("entity sources do not compile: " + e.getMessage() + (e.missingPackages()
                    ? ": add the jars that hold them to classpath= in autogen.properties"
                    : " (classes they need from libraries go in classpath= of autogen.properties)"));
        }
    }

    /**
     * How many source files the last discovery handed to javac: 0 when its classes came from the cache, a few after
     * an edit, all of them the first time; -1 before any source was compiled.
     */
    public int lastCompiledFiles() {
        return lastCompiled;
    }

    private String read(Path f) {
        try {
            byte[] bytes = alreadyRead.remove(f);
            return bytes == null ? Files.readString(f) : java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString(); // as strict as readString
        } catch (IOException e) {
            throw new EntityException("cannot read " + f + ": " + e.getMessage());
        }
    }
}
