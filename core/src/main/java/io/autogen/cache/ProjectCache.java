package io.autogen.cache;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The project's cache, {@code .autogen/cache}: every entry autogen keeps there between runs goes through this class,
 * each named by its kind and a hash of what it was made from ({@code KIND-KEY.bin} for named byte entries: compiled
 * classes, mapped schemas, incremental compile and mapping state; {@code KIND-KEY.txt} for lines: the jars a resolver
 * or the build found). Entries are written whole (temp file, then rename) and a damaged or missing one is simply made
 * again: the cache only ever saves time.
 */
public final class ProjectCache {
    private final Path dir;

    /** @param dir the cache folder, or null for no caching at all */
    public ProjectCache(Path dir) {
        this.dir = dir;
    }

    public static String hash(String... parts) {
        List<byte[]> bytes = new ArrayList<>();
        for (String p : parts) {
            bytes.add(p.getBytes(StandardCharsets.UTF_8));
        }
        return hash(bytes);
    }

    /** A cache key: SHA-256 over the parts, each followed by a separator, shortened to 32 hex characters. */
    public static String hash(List<byte[]> parts) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            for (byte[] p : parts) {
                d.update(p);
                d.update((byte) 0);
            }
            return HexFormat.of().formatHex(d.digest()).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Map<String, byte[]> get(String kind, String key) {
        if (dir == null) {
            return null;
        }
        Path f = dir.resolve(kind + "-" + key + ".bin");
        if (!Files.isRegularFile(f)) {
            return null;
        }
        try (InputStream in = Files.newInputStream(f); DataInputStream data = new DataInputStream(in)) {
            int n = data.readInt();
            Map<String, byte[]> out = new TreeMap<>();
            for (int i = 0; i < n; i++) {
                String name = data.readUTF();
                byte[] bytes = new byte[data.readInt()];
                data.readFully(bytes);
                out.put(name, bytes);
            }
            return out;
        } catch (IOException e) {
            return null; // damaged entry: the caller compiles again and put() replaces it
        }
    }

    /**
     * Stores an entry and keeps only the {@code keep} newest of its kind: for kinds where every edit makes a new key
     * (the mapped schema), so that the folder does not grow with every edit.
     */
    public boolean putLatest(String kind, String key, Map<String, byte[]> classes, int keep) {
        boolean stored = put(kind, key, classes);
        if (stored) {
            try (var files = Files.list(dir)) {
                List<Path> entries = new ArrayList<>(files.filter(f -> f.getFileName().toString().startsWith(kind + "-")
                        && f.getFileName().toString().endsWith(".bin")).toList());
                entries.sort(java.util.Comparator.comparing((Path f) -> f.toFile().lastModified()).reversed());
                for (Path old : entries.subList(Math.min(keep, entries.size()), entries.size())) {
                    Files.deleteIfExists(old);
                }
            } catch (IOException e) {
                // pruning only saves space
            }
        }
        return stored;
    }

    /** Stores an entry; returns false (and changes nothing) when the folder cannot be written. */
    public boolean put(String kind, String key, Map<String, byte[]> classes) {
        if (dir == null) {
            return false;
        }
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, kind + "-", ".tmp");
            try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(tmp))) {
                out.writeInt(classes.size());
                for (var e : classes.entrySet()) {
                    out.writeUTF(e.getKey());
                    out.writeInt(e.getValue().length);
                    out.write(e.getValue());
                }
            }
            Files.move(tmp, dir.resolve(kind + "-" + key + ".bin"), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The lines of a text entry, or null when there is none (or it cannot be read: the caller makes it again). */
    public List<String> lines(String kind, String key) {
        if (dir == null) {
            return null;
        }
        Path f = dir.resolve(kind + "-" + key + ".txt");
        try {
            return Files.isRegularFile(f) ? Files.readAllLines(f, StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Stores a text entry whole; returns false (and changes nothing) when the folder cannot be written. */
    public boolean putLines(String kind, String key, List<String> lines) {
        if (dir == null) {
            return false;
        }
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, kind + "-", ".tmp");
            Files.write(tmp, lines, StandardCharsets.UTF_8);
            Files.move(tmp, dir.resolve(kind + "-" + key + ".txt"), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
