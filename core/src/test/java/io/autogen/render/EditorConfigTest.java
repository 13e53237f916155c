package io.autogen.render;

import io.autogen.cli.AppProject;
import io.autogen.cli.JsonReader;
import io.autogen.cli.Project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.autogen.fixtures.TestDb;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated migration follows the project's .editorconfig, so that the project's own format check passes. */
class EditorConfigTest {
    @TempDir Path dir;

    static final String ITEM = """
            @Entity @Table(name = "item")
            public class Item {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                @Column(nullable = false, length = 40) String name;
            }
            """;

    @Test
    void tabsWhereTheProjectIndentsWithTabs() throws Exception {
        try (TestDb db = TestDb.sqlite(dir)) {
            Project p = new Project(dir.resolve("p"), db).entity("Item", ITEM);
            Files.writeString(p.dir.resolve(".editorconfig"), """
                    root = true

                    [*]
                    indent_style = space
                    indent_size = 2

                    [*.{java,kt}]
                    indent_style = tab
                    """);
            assertEquals(0, p.run("-m", "init").code());
            String file = p.lastMigration();
            assertTrue(file.contains("\n\tpublic void upgrade(Operations op) {\n\t\t// ### autogen commands"), file);
            assertTrue(file.contains("\n\t\top.createTable(\"item\",\n\t\t\t\tcolumn(\"id\""), file);
            assertFalse(file.lines().anyMatch(l -> l.startsWith("  ")), "no line indented with spaces: " + file);
            assertEquals(0, p.run("upgrade", "head").code(), "it compiles and applies");
            assertEquals(0, p.run("check").code());
        }
    }

    @Test
    void twoSpacesAndNothingWithoutAnEditorConfig() throws Exception {
        try (TestDb db = TestDb.sqlite(dir)) {
            Project plain = new Project(dir.resolve("plain"), db).entity("Item", ITEM);
            assertEquals(0, plain.run("-m", "init").code());
            assertTrue(plain.lastMigration().contains("\n    public void upgrade(Operations op) {\n        // ###"),
                    plain.lastMigration());

            Project two = new Project(dir.resolve("two"), db).entity("Item", ITEM);
            Files.writeString(two.dir.resolve(".editorconfig"), "root = true\n[*.java]\nindent_size = 2\n");
            assertEquals(0, two.run("-m", "init").code());
            assertTrue(two.lastMigration().contains("\n  public void upgrade(Operations op) {\n    // ###"),
                    two.lastMigration());
        }
    }
}
