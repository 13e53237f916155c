package io.autogen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.autogen.fixtures.TestDb;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cache file in {@code .autogen/} comes with a cloned repository: one crafted to hold an object of another class
 * is a miss, the command works as without it, and that object is never made.
 */
class ForeignCacheTest {
    @TempDir Path dir;

    /** What a crafted cache file holds: on being read back, it leaves a file behind. */
    static final class Planted implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String marker;

        Planted(String marker) {
            this.marker = marker;
        }

        private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
            in.defaultReadObject();
            Files.writeString(Path.of(marker), "instantiated");
        }
    }

    @Test
    void aCacheEntryHoldingAnotherClassIsAMissAndThatClassIsNeverMade() throws Exception {
        Project p = new Project(dir.resolve("p"), TestDb.sqlite(dir)).entity("AppUser", WorkflowTest.user(""));
        var first = p.run("check", "--offline");
        assertEquals(1, first.code(), first.toString()); // no migrations yet: the table is missing
        Path marker = dir.resolve("planted");
        byte[] planted = serialised(new Planted(marker.toString()));
        List<Path> entries = new ArrayList<>();
        try (var files = Files.walk(p.dir.resolve(".autogen"))) {
            files.filter(f -> f.getFileName().toString().matches("(schema|mapped)-.*\\.bin")).forEach(entries::add);
        }
        assertFalse(entries.isEmpty(), "the first run cached the mapped schema");
        for (Path f : entries) {
            Map<String, byte[]> values = read(f);
            values.replaceAll((name, bytes) -> planted);
            write(f, values);
        }
        var again = p.run("check", "--offline");
        assertEquals(first.code(), again.code(), again.toString());
        assertEquals(first.out(), again.out());
        assertTrue(again.err().isEmpty(), again.err());
        assertFalse(Files.exists(marker), "the cached object of another class was made");
    }

    private static byte[] serialised(Object o) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (var out = new ObjectOutputStream(bytes)) {
            out.writeObject(o);
        }
        return bytes.toByteArray();
    }

    /** The cache's entry format: a count, then name, length and bytes of each value. */
    private static Map<String, byte[]> read(Path f) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (var in = new DataInputStream(Files.newInputStream(f))) {
            int n = in.readInt();
            for (int i = 0; i < n; i++) {
                String name = in.readUTF();
                byte[] b = new byte[in.readInt()];
                in.readFully(b);
                out.put(name, b);
            }
        }
        return out;
    }

    private static void write(Path f, Map<String, byte[]> values) throws IOException {
        try (var out = new DataOutputStream(Files.newOutputStream(f))) {
            out.writeInt(values.size());
            for (var e : values.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeInt(e.getValue().length);
                out.write(e.getValue());
            }
        }
    }
}
