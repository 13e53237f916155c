package io.autogen.daemon;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the daemon of this autogen listens: a socket in the user's cache folder (readable by the user alone),
 * named by a hash of everything the daemon's answers depend on besides the request: autogen's own class path (a
 * rebuilt or upgraded jar has another name, so a client never talks to a daemon of other code), the JDK (its
 * javac compiles the entities) and the system properties autogen reads. A daemon is never stale this way: the
 * project's own inputs come with each request and go through the same fingerprinted caches as without it.
 */
public final class DaemonFiles {
    /**
     * System properties autogen reads: a daemon started with other values is another daemon. ({@code org.sqlite.lib.path}
     * is not one: autogen sets it itself, to its copy of the SQLite library.)
     */
    public static final List<String> PROPERTIES = List.of("maven.repo.local");
    /** The longest path a Unix socket address can hold on Linux and macOS (sun_path less its terminator). */
    private static final int MAX_SOCKET_PATH = 103;

    private final Path folder;
    private String key;

    private DaemonFiles(Path folder) {
        this.folder = folder;
    }

    /** The daemon files of this process's autogen under {@code userCache}; null when there is no user cache. */
    public static DaemonFiles of(Path userCache) {
        if (userCache == null) {
            return null;
        }
        return new DaemonFiles(userCache.resolve("daemon"));
    }

    public Path socket() {
        return folder.resolve(key() + ".sock");
    }

    public Path log() {
        return folder.resolve(key() + ".log");
    }

    /** Whether any daemon ever ran for this user: without the folder, a command's start-up reads nothing more. */
    boolean anyEver() {
        return Files.isDirectory(folder);
    }

    private synchronized String key() {
        if (key == null) {
            key = identity();
        }
        return key;
    }

    /** Null when the socket's path fits an address; else why not. */
    public String unusable() {
        int length = socket().toAbsolutePath().toString().getBytes(StandardCharsets.UTF_8).length;
        return length <= MAX_SOCKET_PATH ? null : "the path " + socket() + " is too long for a socket (" + length
                + " bytes, at most " + MAX_SOCKET_PATH + "): set XDG_CACHE_HOME to a shorter folder";
    }

    public void createFolder() throws IOException {
        Files.createDirectories(folder);
        try {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the socket is as private as the folder the user's cache is in
        }
    }

    private static String identity() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            update(md, System.getProperty("java.home"));
            update(md, System.getProperty("java.version"));
            for (String p : PROPERTIES) {
                update(md, p + "=" + System.getProperty(p, ""));
            }
            for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
                update(md, entry);
                update(md, stamp(Path.of(entry)));
            }
            return HexFormat.of().formatHex(md.digest(), 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static void update(MessageDigest md, String s) {
        md.update(s.getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
    }

    /** Size and time of a jar; of a class folder, its newest file's time and the number of files. */
    private static String stamp(Path p) {
        try {
            if (Files.isDirectory(p)) {
                long newest = 0, count = 0;
                try (Stream<Path> s = Files.walk(p)) {
                    for (Path f : (Iterable<Path>) s::iterator) {
                        newest = Math.max(newest, Files.getLastModifiedTime(f).toMillis());
                        count++;
                    }
                }
                return newest + "/" + count;
            }
            return Files.exists(p) ? Files.size(p) + "@" + Files.getLastModifiedTime(p).toMillis() : "absent";
        } catch (IOException | java.io.UncheckedIOException e) {
            return "unreadable";
        }
    }
}
