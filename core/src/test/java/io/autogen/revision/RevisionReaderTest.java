package io.autogen.revision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.autogen.error.RevisionException;
import io.autogen.runtime.revision.RevisionFile;
import io.autogen.revision.RevisionReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RevisionReaderTest {
    @TempDir Path dir;

    private static String migration(String annotation, String body) {
        return "import io.autogen.api.*;\n" + annotation + "\npublic class M1 implements Migration {\n"
                + "  public void upgrade(Operations op) { " + body + " }\n  public void downgrade(Operations op) {}\n}\n";
    }

    @Test
    void readsIdentityWithoutCompiling() throws Exception {
        Files.writeString(dir.resolve("M1.java"), migration(
                "@Revision(id = \"3f2a9c1d7e4b\", parents = {\"b8e5e43b379d\"}, message = \"add \\\"bio\\\"\", created = \"2026-11-22T05:30:00Z\")",
                "undefinedHelper(); /* parses, would not compile */"));
        RevisionFile r = new RevisionReader().read(dir).get(0);
        assertEquals("3f2a9c1d7e4b", r.id());
        assertEquals(List.of("b8e5e43b379d"), r.parents());
        assertEquals("add \"bio\"", r.message());
        assertEquals("M1", r.className());
    }

    @Test
    void fastAndJavaParserPathsReadTheSame() throws Exception {
        // plain literals: read by the literal scanner; an octal escape: handed to JavaParser; same result
        Files.writeString(dir.resolve("M1.java"), migration("@Revision(id = \"3f2a9c1d7e4b\", parents = \"b8e5e43b379d\","
                + " message = \"caf\\u00e9 \\\"A\\\"\")", ""));
        RevisionFile fast = new RevisionReader().read(dir).get(0);
        Files.writeString(dir.resolve("M1.java"), migration("@Revision(id = \"3f2a9c1d7e4b\", parents = \"b8e5e43b379d\","
                + " message = \"caf\\u00e9 \\\"\\101\\\"\")", ""));
        RevisionFile slow = new RevisionReader().read(dir).get(0);
        assertEquals("caf\u00e9 \"A\"", fast.message());
        assertEquals(fast.message(), slow.message());
        assertEquals(List.of("b8e5e43b379d"), fast.parents());
        assertEquals(fast.parents(), slow.parents());
    }

    @Test
    void checksumIgnoresCommentsAndLayoutButNotCode() throws Exception {
        String ann = "@Revision(id = \"3f2a9c1d7e4b\", parents = {})";
        Files.writeString(dir.resolve("M1.java"), migration(ann, "op.execute(\"select 1\");"));
        String a = new RevisionReader().read(dir).get(0).checksum();
        Files.writeString(dir.resolve("M1.java"), migration(ann, "// reviewed\n   op.execute(\"select 1\");"));
        assertEquals(a, new RevisionReader().read(dir).get(0).checksum());
        Files.writeString(dir.resolve("M1.java"), migration(ann, "op.execute(\"select 2\");"));
        assertNotEquals(a, new RevisionReader().read(dir).get(0).checksum());
    }

    @Test
    void malformedRevisionsNameTheFile() throws Exception {
        Files.writeString(dir.resolve("M1.java"), migration("@Revision(id = \"XYZ\")", ""));
        RevisionException e = assertThrows(RevisionException.class, () -> new RevisionReader().read(dir));
        assertTrue(e.getMessage().contains("M1.java") && e.getMessage().contains("12 lowercase hex"), e.getMessage());
        Files.writeString(dir.resolve("M1.java"), migration("@Revision(id = ID)", ""));
        e = assertThrows(RevisionException.class, () -> new RevisionReader().read(dir));
        assertTrue(e.getMessage().contains("string literal"), e.getMessage());
        Files.writeString(dir.resolve("M1.java"), "@Revision(id = \"aaaaaaaaaaaa\"\npublic class M1 {");
        e = assertThrows(RevisionException.class, () -> new RevisionReader().read(dir));
        assertTrue(e.getMessage().contains("not valid Java"), e.getMessage());
        Files.writeString(dir.resolve("M1.java"), "// @Revision(id = \"aaaaaaaaaaaa\")\npublic class M1 {}");
        e = assertThrows(RevisionException.class, () -> new RevisionReader().read(dir));
        assertTrue(e.getMessage().contains("no @Revision"), "a commented-out annotation does not count: " + e.getMessage());
        Files.writeString(dir.resolve("M1.java"), "public class M1 {}");
        e = assertThrows(RevisionException.class, () -> new RevisionReader().read(dir));
        assertTrue(e.getMessage().contains("no @Revision"), e.getMessage());
    }
}
