package io.autogen.cli;

import io.autogen.error.ConfigException;
import io.autogen.render.MigrationRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;

/** {@code init}: scaffold autogen.properties, migrations/ and templates/, never overwriting a file. */
@Command(name = "init", description = "Scaffold autogen.properties, migrations/ and templates/ here.")
final class InitCommand extends BaseCommand {
    @Override public Integer call() {
        Path dir = context().loader().workingDir();
        try {
            create(dir.resolve(SettingsLoader.FILE), """
                    # autogen configuration: flags > environment (AUTOGEN_URL, AUTOGEN_ENTITIES) > this file
                    url=jdbc:sqlite:autogen.db
                    entities=src/main/java
                    migrations=migrations
                    # schema=public
                    # naming=jpa            (or snake: Spring Boot's CamelCaseToUnderscores)
                    # exclude.tables=legacy_*,audit_log
                    # classpath=lib/converters.jar
                    """);
            Files.createDirectories(dir.resolve("migrations"));
            Path templates = dir.resolve("templates");
            Files.createDirectories(templates);
            try (InputStream in = MigrationRenderer.class.getResourceAsStream(MigrationRenderer.TEMPLATE)) {
                create(templates.resolve(MigrationRenderer.TEMPLATE), new String(in.readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8));
            }
            Path ignore = dir.resolve(".gitignore");
            String existing = Files.exists(ignore) ? Files.readString(ignore) : "";
            if (!existing.lines().anyMatch(l -> l.trim().equals(".autogen/"))) {
                Files.writeString(ignore, existing + (existing.isEmpty() || existing.endsWith("\n") ? "" : "\n")
                        + ".autogen/\n");
            }
        } catch (IOException e) {
            throw new ConfigException("cannot scaffold in " + dir + ": " + e.getMessage());
        }
        info("Ready: edit autogen.properties, then run autogen -m \"initial schema\".");
        return 0;
    }

    private void create(Path file, String text) throws IOException {
        if (Files.exists(file)) {
            info("kept     " + file.getFileName() + " (exists)");
            return;
        }
        Files.writeString(file, text);
        info("created  " + file.getFileName());
    }
}
