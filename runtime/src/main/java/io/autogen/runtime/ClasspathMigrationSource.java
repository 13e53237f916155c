package io.autogen.runtime;


import io.autogen.api.Migration;
import io.autogen.api.Revision;
import io.autogen.error.RevisionException;
import io.autogen.runtime.revision.RevisionFile;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Migrations compiled into an application: the classes listed in {@value #INDEX} (written at compile time by
 * {@link io.autogen.runtime.RevisionIndexProcessor}), read with reflection. Needs no compiler, so it runs on a JRE.
 */
public final class ClasspathMigrationSource implements MigrationSource {
    public static final String INDEX = "META-INF/autogen/revisions";
    /** History checksums written from classes start with this, so that source checksums are not compared with them. */
    public static final String CLASS_CHECKSUM_PREFIX = "class:";

    private final ClassLoader loader;

    public ClasspathMigrationSource(ClassLoader loader) {
        this.loader = loader;
    }

    /** The revisions found on the class path. */
    public List<RevisionFile> revisions() {
        List<RevisionFile> out = new ArrayList<>();
        for (String name : classNames()) {
            Class<?> c;
            try {
                c = Class.forName(name, false, loader);
            } catch (ClassNotFoundException e) {
                throw new RevisionException("migration class " + name + " is listed in " + INDEX + " but not on the class path");
            }
            Revision r = c.getAnnotation(Revision.class);
            if (r == null) {
                throw new RevisionException("class " + name + " is listed in " + INDEX + " but has no @Revision");
            }
            out.add(new RevisionFile(r.id(), List.of(r.parents()), r.message(), r.created(),
                    Path.of(name.replace('.', '/') + ".class"), name, CLASS_CHECKSUM_PREFIX + classHash(name),
                    r.transactional()));
        }
        return out;
    }

    private Set<String> classNames() {
        Set<String> names = new LinkedHashSet<>();
        try {
            for (URL u : Collections.list(loader.getResources(INDEX))) {
                try (InputStream in = u.openStream();
                     BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                    r.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(names::add);
                }
            }
        } catch (IOException e) {
            throw new RevisionException("cannot read " + INDEX + " from the class path: " + e.getMessage());
        }
        return names;
    }

    private String classHash(String name) {
        try (InputStream in = loader.getResourceAsStream(name.replace('.', '/') + ".class")) {
            byte[] bytes = in == null ? new byte[0] : in.readAllBytes();
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new RevisionException("cannot read class " + name + ": " + e.getMessage());
        }
    }

    @Override public Map<String, Migration> load(List<RevisionFile> revisions) {
        Map<String, Migration> out = new LinkedHashMap<>();
        for (RevisionFile r : revisions) {
            out.put(r.id(), MigrationSource.instantiate(loader, r));
        }
        return out;
    }
}
