package io.autogen.compile;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Compiles Java sources in memory with javax.tools. Used for entity sources (with their source roots on the
 * source path, so javac pulls in exactly the project classes they reference) and for migrations.
 */
public final class InMemoryCompiler {

    /**
     * A compile failure: the first error, as {@code file:line: message}; or, when packages are missing, all of
     * them with the files that need them (a library missing from the class path is rarely alone, and one run
     * should name every jar to add).
     */
    public static final class CompileError extends Exception {
        private final boolean missingPackages;

        public CompileError(String message) {
            this(message, false);
        }

        public CompileError(String message, boolean missingPackages) {
            super(message);
            this.missingPackages = missingPackages;
        }

        /** True when the message lists packages not on the class path (and nothing else). */
        public boolean missingPackages() {
            return missingPackages;
        }
    }

    private static final java.util.regex.Pattern MISSING_PACKAGE =
            java.util.regex.Pattern.compile("package (\\S+) does not exist");

    /** Compiled classes by binary name, and the source file (its URI's path) each came from. */
    public record Output(Map<String, byte[]> classes, Map<String, String> origins) {
        public Output(Map<String, byte[]> classes) {
            this(classes, Map.of());
        }

        public ClassLoader loader(ClassLoader parent) {
            return new BytesClassLoader(classes, parent);
        }
    }

    /** A source file given as text, for code that is not on disk (and for tests). */
    public record Source(String path, String text) {}

    private final List<String> classpath;
    private final List<String> processorPath;

    public InMemoryCompiler(List<String> classpath) {
        this(classpath, List.of());
    }

    /**
     * @param processorPath where annotation processors come from (Lombok, for entities that use it); empty = none
     *                      run, and in particular not autogen's own
     */
    public InMemoryCompiler(List<String> classpath, List<String> processorPath) {
        this.classpath = List.copyOf(classpath);
        this.processorPath = List.copyOf(processorPath);
    }

    /** The class path this process runs with, as javac should see it. */
    public static List<String> processClasspath() {
        List<String> out = new ArrayList<>();
        for (String p : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!p.isBlank()) {
                out.add(p);
            }
        }
        return out;
    }

    public Output compileFiles(List<Path> files, List<Path> sourceRoots) throws CompileError {
        JavaCompiler javac = compiler();
        StandardJavaFileManager std = javac.getStandardFileManager(null, Locale.ROOT, null);
        try {
            if (!sourceRoots.isEmpty()) {
                std.setLocation(StandardLocation.SOURCE_PATH, sourceRoots.stream().map(Path::toFile).toList());
            }
            return run(javac, std, std.getJavaFileObjectsFromPaths(files));
        } catch (IOException e) {
            throw new CompileError("cannot read sources: " + e.getMessage());
        }
    }

    public Output compileSources(List<Source> sources) throws CompileError {
        JavaCompiler javac = compiler();
        StandardJavaFileManager std = javac.getStandardFileManager(null, Locale.ROOT, null);
        List<JavaFileObject> units = new ArrayList<>();
        for (Source s : sources) {
            units.add(new SimpleJavaFileObject(URI.create("string:///" + s.path()), JavaFileObject.Kind.SOURCE) {
                @Override public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                    return s.text();
                }
            });
        }
        return run(javac, std, units);
    }

    private static JavaCompiler compiler() throws CompileError {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new CompileError("no Java compiler in this runtime: run autogen on a JDK, or give compiled classes");
        }
        return javac;
    }

    private Output run(JavaCompiler javac, StandardJavaFileManager std, Iterable<? extends JavaFileObject> units)
            throws CompileError {
        Map<String, ByteArrayOutputStream> out = new TreeMap<>();
        Map<String, String> origins = new TreeMap<>();
        var fm = new ForwardingJavaFileManager<>(std) {
            @Override public JavaFileObject getJavaFileForOutput(Location location, String className,
                                                                 JavaFileObject.Kind kind, FileObject sibling) {
                if (sibling != null && "file".equals(sibling.toUri().getScheme())) {
                    origins.put(className, Path.of(sibling.toUri()).toString());
                }
                return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + kind.extension), kind) {
                    @Override public OutputStream openOutputStream() {
                        return out.computeIfAbsent(className, k -> new ByteArrayOutputStream());
                    }
                };
            }
        };
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<String> options = new ArrayList<>(List.of("-implicit:class", "-nowarn", "-g", "-parameters",
                "-encoding", "UTF-8"));
        if (processorPath.isEmpty()) {
            options.add("-proc:none");
        } else {
            options.add("-processorpath");
            options.add(String.join(File.pathSeparator, processorPath));
        }
        if (!classpath.isEmpty()) {
            options.add("-classpath");
            options.add(String.join(File.pathSeparator, classpath));
        }
        StringWriter log = new StringWriter();
        boolean ok = javac.getTask(log, fm, diagnostics, options, null, units).call();
        if (!ok) {
            String missing = missingPackages(diagnostics);
            throw missing != null ? new CompileError(missing, true) : new CompileError(firstError(diagnostics));
        }
        Map<String, byte[]> classes = new TreeMap<>();
        out.forEach((k, v) -> classes.put(k, v.toByteArray()));
        return new Output(classes, origins);
    }

    /**
     * "packages not on the class path: a (needed by F:L, G:L), b (needed by H:L)", or null when no package is
     * missing. Other errors are left out then: they are mostly the missing packages' consequences.
     */
    private static String missingPackages(DiagnosticCollector<JavaFileObject> diagnostics) {
        Map<String, java.util.Set<String>> byPackage = new TreeMap<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() != Diagnostic.Kind.ERROR || !"compiler.err.doesnt.exist".equals(d.getCode())) {
                continue;
            }
            var m = MISSING_PACKAGE.matcher(d.getMessage(Locale.ROOT));
            if (m.find()) {
                byPackage.computeIfAbsent(m.group(1), k -> new java.util.TreeSet<>())
                        .add(d.getSource() == null ? "?" : displayName(d.getSource()) + ":" + d.getLineNumber());
            }
        }
        if (byPackage.isEmpty()) {
            return null;
        }
        return "packages not on the class path: " + byPackage.entrySet().stream()
                .map(e -> e.getKey() + " (needed by " + String.join(", ", e.getValue()) + ")")
                .collect(Collectors.joining(", "));
    }

    private static String firstError(DiagnosticCollector<JavaFileObject> diagnostics) {
        return diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .findFirst()
                .map(d -> (d.getSource() == null ? "" : displayName(d.getSource()) + ":" + d.getLineNumber() + ": ")
                        + d.getMessage(Locale.ROOT).lines().findFirst().orElse(""))
                .orElse(diagnostics.getDiagnostics().stream().map(d -> d.getMessage(Locale.ROOT))
                        .collect(Collectors.joining("; ")));
    }

    private static String displayName(JavaFileObject source) {
        URI uri = source.toUri();
        if ("file".equals(uri.getScheme())) {
            Path p = Path.of(uri);
            Path cwd = Path.of("").toAbsolutePath();
            return p.startsWith(cwd) ? cwd.relativize(p).toString() : p.toString();
        }
        return uri.getPath().replaceFirst("^/", "");
    }

    /** Defines classes from bytes, asking the parent first. */
    public static final class BytesClassLoader extends ClassLoader {
        private final Map<String, byte[]> classes;

        public BytesClassLoader(Map<String, byte[]> classes, ClassLoader parent) {
            super(parent);
            this.classes = classes;
        }

        @Override protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] b = classes.get(name);
            if (b == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, b, 0, b.length);
        }
    }
}
