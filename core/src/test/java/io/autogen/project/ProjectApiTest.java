package io.autogen.project;

import io.autogen.cli.AppProject;
import io.autogen.cli.JsonReader;
import io.autogen.cli.Project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.autogen.project.AutogenProject;
import io.autogen.spi.Overrides;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library entry point's project workflow, as the Maven plugin uses it: no autogen.properties, the application's settings. */
class ProjectApiTest {
    @TempDir Path dir;

    @Test
    void generateUpgradeCurrentCheckOnASpringBootProject() throws Exception {
        Path app = AppProject.copy(dir.resolve("shop"));
        Map<String, String> env = Map.of("SHOP_DB", dir.resolve("shop.db").toString());
        var project = AutogenProject.open(app, env, Overrides.none());
        assertEquals("snake", project.setting("naming"));
        assertTrue(project.origins().get("url").contains("application.properties"), project.origins().toString());
        Path file = project.generate("initial schema");
        assertNotNull(file);
        assertTrue(Files.readString(file).contains("customer_order"));
        // no database yet: asking where it is does not create it
        var none = org.junit.jupiter.api.Assertions.assertThrows(io.autogen.error.ConfigException.class, project::current);
        assertTrue(none.getMessage().startsWith("no database at "), none.getMessage());
        assertFalse(Files.exists(dir.resolve("shop.db")));
        var applied = project.upgrade("head", a -> { });
        assertEquals(1, applied.size());
        assertEquals(Set.of(applied.get(0).revision()), project.current());
        assertTrue(project.check(true).clean());
        assertTrue(project.check(false).clean());
        Files.writeString(app.resolve("src/main/java/com/acme/shop/CustomerOrder.java"),
                Files.readString(app.resolve("src/main/java/com/acme/shop/CustomerOrder.java"))
                        .replace("Money totalPrice;", "Money totalPrice;\n    String note;"));
        assertFalse(AutogenProject.open(app, env, Overrides.none()).check(true).clean());
    }
}
