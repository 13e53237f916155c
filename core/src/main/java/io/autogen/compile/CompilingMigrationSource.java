package io.autogen.compile;

import io.autogen.runtime.MigrationSource;

import io.autogen.api.Migration;
import io.autogen.cache.ProjectCache;
import io.autogen.compile.InMemoryCompiler;
import io.autogen.error.RevisionException;
import io.autogen.runtime.revision.RevisionFile;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns revision files into {@link Migration} instances: compiled in memory (only those asked for), cached on
 * disk by the hash of each file, so that an unchanged folder compiles once.
 */
public final class CompilingMigrationSource implements MigrationSource {
    private final List<String> classpath;
    private final ProjectCache cache;

    public CompilingMigrationSource(List<String> classpath, ProjectCache cache) {
        this.classpath = List.copyOf(classpath);
        this.cache = cache;
    }

    @Override public Map<String, Migration> load(List<RevisionFile> revisions) {
        Map<String, byte[]> classes = new HashMap<>();
        Map<RevisionFile, String> keys = new LinkedHashMap<>();
        List<InMemoryCompiler.Source> toCompile = new ArrayList<>();
        List<RevisionFile> compiled = new ArrayList<>();
        for (RevisionFile r : revisions) {
            String text = read(r);
            String key = ProjectCache.hash(r.className(), text, String.join(";", classpath));
            keys.put(r, key);
            Map<String, byte[]> hit = cache.get("migration", key);
            if (hit != null) {
                classes.putAll(hit);
            } else {
                toCompile.add(new InMemoryCompiler.Source(r.file().toString(), text));
                compiled.add(r);
            }
        }
        if (!toCompile.isEmpty()) {
            Map<String, byte[]> fresh;
            try {
                fresh = new InMemoryCompiler(classpath).compileSources(toCompile).classes();
            } catch (InMemoryCompiler.CompileError e) {
                throw new RevisionException("migration does not compile: " + e.getMessage());
            }
            classes.putAll(fresh);
            for (RevisionFile r : compiled) {
                Map<String, byte[]> own = new TreeMap<>();
                fresh.forEach((name, bytes) -> {
                    if (name.equals(r.className()) || name.startsWith(r.className() + "$")) {
                        own.put(name, bytes);
                    }
                });
                cache.put("migration", keys.get(r), own);
            }
        }
        ClassLoader loader = new InMemoryCompiler.Output(classes).loader(CompilingMigrationSource.class.getClassLoader());
        Map<String, Migration> out = new LinkedHashMap<>();
        for (RevisionFile r : revisions) {
            out.put(r.id(), MigrationSource.instantiate(loader, r));
        }
        return out;
    }

    private static String read(RevisionFile r) {
        try {
            return Files.readString(r.file());
        } catch (IOException e) {
            throw new RevisionException("cannot read " + r.file() + ": " + e.getMessage());
        }
    }
}
