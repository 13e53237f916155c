package io.autogen.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's "Use with Maven" and "Use with Spring Boot" snippets are the ones the tests run, word for word. */
class ReadmeSnippetsTest {
    @Test
    void theSnippetsAreTheTestedOnes() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        String snippet = Files.readString(Path.of("core/src/test/resources/springboot-app/pom-maven-plugin.xml"))
                .replace("${autogen.version}", "0.1.0-SNAPSHOT");
        for (String name : new String[] {"dependency", "build"}) {
            int a = snippet.indexOf("<!-- " + name + " -->"), b = snippet.indexOf("<!-- /" + name + " -->");
            String part = snippet.substring(snippet.indexOf('\n', a) + 1, b);
            assertTrue(readme.contains("```xml\n" + part + "```"), "README carries the plugin test's " + name + " snippet");
        }
        assertTrue(readme.contains("```sh\n" + Files.readString(Path.of("core/src/test/resources/springboot-app/maven-commands.txt"))
                + "```"), "README carries MavenPluginTest's commands");
        assertTrue(readme.contains("```properties\n" + Files.readString(Path.of("core/src/test/resources/spring-boot-snippet.properties"))
                + "```"), "README carries SpringBootStartTest's application.properties");
        assertTrue(readme.contains("./autogen upgrade head && ./autogen check"), "the first Get going command");
        assertTrue(readme.contains("\nmvn verify "), "the second Get going command");
    }
}
