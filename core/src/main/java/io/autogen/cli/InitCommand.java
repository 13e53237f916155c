package io.autogen.cli;

import io.autogen.dialect.Dialects;
import io.autogen.error.ConfigException;
import io.autogen.render.MigrationRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;

/** {@code init}: scaffold autogen.properties, migrations/ and templates/, never overwriting a file. */
@Command(name = "init", description = "Scaffold autogen.properties, migrations/ and templates/ here.",
        mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        footer = {"", "Example:",
                "  autogen init"})
final class InitCommand extends BaseCommand {
    @Override public Integer call() {
        Path dir = context().loader().workingDir();
        try {
            // in a Maven/Gradle layout, migrations are classes of the application: a package under its sources
            String migrations = migrationsFolder(dir);
            boolean app = !context().loader().resolve(options()).application().files().isEmpty();
            create(dir.resolve(SettingsLoader.FILE), "# autogen configuration: flags > environment (AUTOGEN_URL,"
                    + " AUTOGEN_ENTITIES) > this file > the application's own settings > defaults\n"
                    + (app ? "# url, naming, schema: read from the application's settings (autogen -v says from where)\n"
                            + "# url=" + Dialects.defaultUrl() + "\n" : "url=" + Dialects.defaultUrl() + "\n")
                    + "entities=src/main/java\n"
                    + "migrations=" + migrations + "\n"
                    + "# migrations.package=     (derived from the folder when it lies under src/main/java)\n"
                    + "# schema=public\n"
                    + "# naming=jpa            (or snake: Spring Boot's CamelCaseToUnderscores)\n"
                    + "# exclude.tables=legacy_*,audit_log\n"
                    + "# classpath=lib/converters.jar\n");
            Files.createDirectories(dir.resolve(migrations));
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

    /**
     * {@code src/main/java/<the application's top package>/db/migrations} when the project has Java sources (the
     * package of its shallowest class: where a Spring Boot application class sits), else {@code migrations}.
     */
    static String migrationsFolder(Path dir) throws IOException {
        Path src = dir.resolve("src/main/java");
        if (!Files.isDirectory(src)) {
            return "migrations";
        }
        try (var files = Files.walk(src)) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .map(f -> src.relativize(f.getParent()))
                    .filter(p -> !p.toString().isEmpty())
                    .min(java.util.Comparator.comparingInt(Path::getNameCount).thenComparing(Path::toString))
                    .map(p -> "src/main/java/" + p.toString().replace('\\', '/') + "/db/migrations")
                    .orElse("migrations");
        }
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
