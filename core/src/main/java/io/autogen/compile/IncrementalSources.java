package io.autogen.compile;

import io.autogen.cache.ProjectCache;
import io.autogen.compile.InMemoryCompiler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compiles entity sources again after an edit without compiling them all: the edited files first, against the
 * classes of the others kept from the last compile; then, round after round, every file that names a class whose
 * bytes changed, until a round changes nothing others could see. A changed constant, a renamed or deleted class,
 * a changed embeddable or superclass all reach the files that use them this way; a file whose classes come out
 * byte for byte as before stops the spread. The result is the one a full compile gives.
 *
 * <p>State kept between runs (in the project's cache, one entry per set of roots and class path): every class
 * with the source it came from, and a hash of every source's text.
 */
public final class IncrementalSources {
    /** What a compile gave, and how many source files javac was handed for it (for tests and the benchmark). */
    public record Result(Map<String, byte[]> classes, int compiledFiles, boolean incremental) {}

    private static final String CLASS = "class:", ORIGINS = "origins", SOURCES = "sources";
    private static final Pattern WORD = Pattern.compile("[\\p{L}_$][\\p{L}\\p{N}_$]*");

    private final ProjectCache cache;
    private final Path cacheDir;
    private final String key;
    private final List<String> classpath;
    private final List<String> processorPath;

    public IncrementalSources(ProjectCache cache, Path cacheDir, String key, List<String> classpath, List<String> processorPath) {
        this.cache = cache;
        this.cacheDir = cacheDir;
        this.key = key;
        this.classpath = List.copyOf(classpath);
        this.processorPath = List.copyOf(processorPath);
    }

    /**
     * @param texts  every source file under the roots, with its text
     * @param mapped the files that declare a mapped type (what a full compile is handed)
     */
    public Result compile(Map<Path, String> texts, List<Path> mapped, List<Path> roots) throws InMemoryCompiler.CompileError {
        Map<String, String> hashes = new TreeMap<>();
        texts.forEach((p, t) -> hashes.put(p.toString(), ProjectCache.hash(t)));
        Map<String, byte[]> state = cacheDir == null ? null : cache.get("increment", key);
        if (state == null || !state.containsKey(ORIGINS) || !state.containsKey(SOURCES)) {
            InMemoryCompiler.Output full = compiler(classpath).compileFiles(mapped, roots);
            save(full.classes(), full.origins(), hashes);
            return new Result(full.classes(), full.origins().values().stream().distinct().toList().size(), false);
        }
        Map<String, byte[]> before = new TreeMap<>();
        state.forEach((k, v) -> {
            if (k.startsWith(CLASS)) {
                before.put(k.substring(CLASS.length()), v);
            }
        });
        Map<String, String> origins = lines(state.get(ORIGINS));
        Map<String, String> oldHashes = lines(state.get(SOURCES));

        Set<String> compiledBefore = new HashSet<>(origins.values());
        Set<String> relevant = new HashSet<>(compiledBefore);
        mapped.forEach(p -> relevant.add(p.toString()));
        Set<String> deleted = new HashSet<>(oldHashes.keySet());
        deleted.removeAll(hashes.keySet());
        Set<String> round = new LinkedHashSet<>();
        hashes.forEach((p, h) -> {
            if (relevant.contains(p) && !h.equals(oldHashes.get(p))) {
                round.add(p); // edited, or new and mapped
            }
        });
        Map<String, byte[]> kept = new TreeMap<>(before);
        Map<String, String> keptOrigins = new TreeMap<>(origins);
        Set<String> gone = new HashSet<>();
        origins.forEach((cls, src) -> {
            if (deleted.contains(src)) {
                gone.add(cls);
                kept.remove(cls);
                keptOrigins.remove(cls);
            }
        });
        Map<Path, Set<String>> words = new HashMap<>();
        round.addAll(users(simpleNames(gone), texts, relevant, words));
        if (round.isEmpty() && deleted.isEmpty() && !hashes.equals(oldHashes)) {
            save(kept, keptOrigins, hashes); // only files no mapping uses changed: remember their new text
        }
        if (round.isEmpty() && deleted.isEmpty()) {
            return new Result(kept, 0, true); // nothing the mapping uses changed since the last compile
        }
        int compiled = 0;
        Set<String> done = new HashSet<>();
        while (!round.isEmpty()) {
            Set<String> previousClasses = new HashSet<>();
            keptOrigins.forEach((cls, src) -> {
                if (round.contains(src)) {
                    previousClasses.add(cls);
                }
            });
            previousClasses.forEach(c -> {
                kept.remove(c);
                keptOrigins.remove(c);
            });
            InMemoryCompiler.Output out = compileAgainst(kept, round.stream().map(Path::of).toList(), roots);
            compiled += round.size();
            done.addAll(round);
            Set<String> changed = new HashSet<>();
            for (var e : out.classes().entrySet()) {
                if (!Arrays.equals(before.get(e.getKey()), e.getValue())) {
                    changed.add(e.getKey());
                }
                kept.put(e.getKey(), e.getValue());
            }
            keptOrigins.putAll(out.origins());
            previousClasses.stream().filter(c -> !out.classes().containsKey(c)).forEach(changed::add);
            out.origins().values().forEach(relevant::add); // sources javac pulled in on its own
            round.clear();
            for (String user : users(simpleNames(changed), texts, relevant, words)) {
                if (!done.contains(user)) {
                    round.add(user);
                }
            }
        }
        save(kept, keptOrigins, hashes);
        return new Result(kept, compiled, true);
    }

    /** Compiles {@code files} with the classes of everything else in a jar on the class path. */
    private InMemoryCompiler.Output compileAgainst(Map<String, byte[]> others, List<Path> files, List<Path> roots)
            throws InMemoryCompiler.CompileError {
        Path jar;
        try {
            Files.createDirectories(cacheDir);
            jar = Files.createTempFile(cacheDir, "increment-", ".jar");
            try (OutputStream os = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(os)) {
                for (var e : others.entrySet()) {
                    j.putNextEntry(new JarEntry(e.getKey().replace('.', '/') + ".class"));
                    j.write(e.getValue());
                    j.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new InMemoryCompiler.CompileError("cannot write the compile cache in " + cacheDir + ": " + e.getMessage());
        }
        try {
            List<String> cp = new ArrayList<>();
            cp.add(jar.toString()); // newer than every source: javac takes these classes, and sources only for the rest
            cp.addAll(classpath);
            return compiler(cp).compileFiles(files, roots);
        } finally {
            try {
                Files.deleteIfExists(jar);
            } catch (IOException e) {
                // a leftover temp jar in the cache folder costs only space
            }
        }
    }

    private InMemoryCompiler compiler(List<String> cp) {
        return new InMemoryCompiler(cp, processorPath);
    }

    /** The relevant files whose text names any of {@code names} (a word match: more than needed, never less). */
    private static Set<String> users(Set<String> names, Map<Path, String> texts, Set<String> relevant,
                                     Map<Path, Set<String>> words) {
        Set<String> out = new LinkedHashSet<>();
        if (names.isEmpty()) {
            return out;
        }
        for (var e : texts.entrySet()) {
            if (!relevant.contains(e.getKey().toString())) {
                continue;
            }
            Set<String> w = words.computeIfAbsent(e.getKey(), p -> {
                Set<String> s = new HashSet<>();
                Matcher m = WORD.matcher(e.getValue());
                while (m.find()) {
                    s.add(m.group());
                }
                return s;
            });
            if (names.stream().anyMatch(w::contains)) {
                out.add(e.getKey().toString());
            }
        }
        return out;
    }

    /** {@code a.b.Outer$Inner} names Outer and Inner in sources. */
    private static Set<String> simpleNames(Set<String> classes) {
        Set<String> out = new HashSet<>();
        for (String c : classes) {
            String simple = c.substring(c.lastIndexOf('.') + 1);
            out.addAll(Arrays.asList(simple.split("\\$")));
        }
        out.removeIf(s -> s.isEmpty() || Character.isDigit(s.charAt(0))); // anonymous classes have no name to use
        return out;
    }

    private void save(Map<String, byte[]> classes, Map<String, String> origins, Map<String, String> hashes) {
        if (cacheDir == null) {
            return;
        }
        Map<String, byte[]> state = new TreeMap<>();
        classes.forEach((k, v) -> state.put(CLASS + k, v));
        state.put(ORIGINS, text(origins));
        state.put(SOURCES, text(hashes));
        cache.put("increment", key, state);
    }

    private static byte[] text(Map<String, String> map) {
        StringBuilder sb = new StringBuilder();
        map.forEach((k, v) -> sb.append(k).append('\t').append(v).append('\n'));
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, String> lines(byte[] bytes) {
        Map<String, String> out = new TreeMap<>();
        for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                out.put(line.substring(0, tab), line.substring(tab + 1));
            }
        }
        return out;
    }
}
