package io.autogen.dialect.sqlite;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * The SQLite driver's native library, kept in a per-user cache. Left alone, the driver copies it out of its jar
 * into the temp folder on every start and compares the copy byte by byte (about 0.1 s of every command); with the
 * driver pointed at a copy made once per driver version, it just loads it. Anything unusual (no such resource,
 * a folder that cannot be written) leaves the driver to do as it always does.
 */
public final class SqliteNativeLibrary {
    private SqliteNativeLibrary() {}

    /**
     * Points the driver at the copy under {@code cacheRoot}, writing it first if it is missing; returns the library
     * file, or null when the driver is left to its own way. Call before the first SQLite connection.
     */
    public static Path useCached(Path cacheRoot) {
        if (cacheRoot == null || System.getProperty("org.sqlite.lib.path") != null) {
            return null;
        }
        try {
            String resource = LibraryLoaderUtil.getNativeLibResourcePath();
            String name = LibraryLoaderUtil.getNativeLibName();
            Path dir = cacheRoot.resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion()
                    + resource.replace("/org/sqlite/native", ""));
            Path lib = dir.resolve(name);
            if (!Files.isRegularFile(lib)) {
                try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource + "/" + name)) {
                    if (in == null) {
                        return null;
                    }
                    Files.createDirectories(dir);
                    Path tmp = Files.createTempFile(dir, name, ".tmp");
                    Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
                    Files.move(tmp, lib, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            System.setProperty("org.sqlite.lib.path", dir.toString());
            System.setProperty("org.sqlite.lib.name", name);
            return lib;
        } catch (IOException | RuntimeException e) {
            return null; // the driver extracts it to the temp folder as usual
        }
    }
}
