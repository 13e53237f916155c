package io.autogen.dialect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.autogen.dialect.sqlite.SqliteNativeLibrary;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.util.LibraryLoaderUtil;

/** The SQLite driver's native library is copied out once and then only pointed at. */
class SqliteNativeLibraryTest {
    @TempDir Path dir;

    @Test
    void theLibraryIsCopiedOnceAndTheDriverPointedAtIt() throws Exception {
        String path = System.getProperty("org.sqlite.lib.path"), name = System.getProperty("org.sqlite.lib.name");
        try {
            System.clearProperty("org.sqlite.lib.path");
            Path lib = SqliteNativeLibrary.useCached(dir);
            assertNotNull(lib);
            byte[] inJar;
            try (var in = org.sqlite.SQLiteJDBCLoader.class.getResourceAsStream(
                    LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName())) {
                inJar = in.readAllBytes();
            }
            assertArrayEquals(inJar, Files.readAllBytes(lib));
            assertEquals(lib.getParent().toString(), System.getProperty("org.sqlite.lib.path"));
            var written = Files.getLastModifiedTime(lib);
            System.clearProperty("org.sqlite.lib.path");
            Thread.sleep(20);
            assertEquals(lib, SqliteNativeLibrary.useCached(dir));
            assertEquals(written, Files.getLastModifiedTime(lib), "not written again");
        } finally {
            restore("org.sqlite.lib.path", path);
            restore("org.sqlite.lib.name", name);
        }
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }
}
