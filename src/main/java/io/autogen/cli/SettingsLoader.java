package io.autogen.cli;

import io.autogen.Settings;
import io.autogen.error.ConfigException;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/** Resolves {@link Settings}: flag > environment > autogen.properties > default. */
final class SettingsLoader {
    static final String FILE = "autogen.properties";
    static final String DEFAULT_URL = "jdbc:sqlite:autogen.db";
    private static final Set<String> KEYS = Set.of("url", "entities", "migrations", "schema", "naming",
            "exclude.tables", "templates", "classpath", "lock.timeout", "statement.timeout");

    private static final java.util.regex.Pattern NAMING_CLASSES = java.util.regex.Pattern.compile(
            "[\\p{L}_$][\\p{L}\\p{N}_$]*(\\.[\\p{L}_$][\\p{L}\\p{N}_$]*)+(\\s*,\\s*[\\p{L}_$][\\p{L}\\p{N}_$]*(\\.[\\p{L}_$][\\p{L}\\p{N}_$]*)+)*");

    private final Map<String, String> env;
    private final Path workingDir;

    Path workingDir() {
        return workingDir;
    }

    /** Told each URL resolved, so that its password can be masked in everything printed. */
    private final java.util.function.Consumer<String> urlSeen;

    SettingsLoader(Map<String, String> env, Path workingDir) {
        this(env, workingDir, url -> { });
    }

    SettingsLoader(Map<String, String> env, Path workingDir, java.util.function.Consumer<String> urlSeen) {
        this.env = env;
        this.workingDir = workingDir;
        this.urlSeen = urlSeen;
    }

    Settings load(GlobalOptions g) {
        Path file = g.config != null ? workingDir.resolve(g.config) : workingDir.resolve(FILE);
        if (g.config != null && !Files.isRegularFile(file)) {
            throw new ConfigException("configuration file " + g.config + " not found");
        }
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file)) {
                p.load(r);
            } catch (IOException | IllegalArgumentException e) {
                throw new ConfigException("cannot read " + file + ": " + e.getMessage());
            }
            urlSeen.accept(p.getProperty("url")); // first: any later error may quote it
            for (String k : p.stringPropertyNames()) {
                if (!KEYS.contains(k) && !k.startsWith("hibernate.")) {
                    throw new ConfigException(file.getFileName() + ": unknown key " + k + " (known: "
                            + String.join(", ", KEYS.stream().sorted().toList()) + ", hibernate.*)");
                }
            }
        }
        Path base = file.toAbsolutePath().getParent();
        String fileName = file.getFileName().toString();
        String url = first("url", fileName, g.url, env.get("AUTOGEN_URL"), p.getProperty("url"), DEFAULT_URL);
        String entities = first("entities", fileName, g.entities, env.get("AUTOGEN_ENTITIES"), p.getProperty("entities"),
                "src/main/java");
        String migrations = first("migrations", fileName, g.migrations, null, p.getProperty("migrations"), "migrations");
        Path migrationsDir = base.resolve(migrations.trim()).normalize();
        if (Files.exists(migrationsDir) && !Files.isDirectory(migrationsDir)) {
            throw new ConfigException("migrations " + migrationsDir + " is a file, not a folder: set migrations in "
                    + fileName + " or --migrations to the folder that holds (or will hold) the migration classes");
        }
        String templates = p.getProperty("templates");
        Path templatesDir = templates != null ? base.resolve(templates.trim()) : base.resolve("templates");
        String naming = p.getProperty("naming", "jpa").trim();
        if (!naming.equals("jpa") && !naming.equals("snake") && !NAMING_CLASSES.matcher(naming).matches()) {
            throw new ConfigException("naming=" + naming + " is not known: use naming=jpa, naming=snake, or the class"
                    + " names of your physical and implicit naming strategies, comma-separated");
        }
        java.util.Map<String, String> hibernate = new java.util.TreeMap<>();
        for (String k : p.stringPropertyNames()) {
            if (k.startsWith("hibernate.")) {
                hibernate.put(k, p.getProperty(k).trim());
            }
        }
        return new Settings(url.trim(), paths(base, entities), migrationsDir,
                blankToNull(p.getProperty("schema")), naming, list(p.getProperty("exclude.tables")),
                Files.isDirectory(templatesDir) ? templatesDir : null,
                paths(base, p.getProperty("classpath", "")).stream().map(Path::toString).toList(), base, hibernate,
                duration("lock.timeout", p.getProperty("lock.timeout"), Settings.DEFAULT_LOCK_TIMEOUT),
                duration("statement.timeout", p.getProperty("statement.timeout"), null));
    }

    /** {@code 5s}, {@code 500ms}, {@code 2min} or a number of milliseconds; {@code 0} or {@code none}: no limit. */
    static java.time.Duration duration(String key, String value, java.time.Duration fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        var m = java.util.regex.Pattern.compile("\\s*(\\d+)\\s*(ms|s|min)?\\s*").matcher(value);
        if (value.trim().equals("none")) {
            return null;
        }
        if (!m.matches()) {
            throw new ConfigException(key + "=" + value + " is not a duration: write it as 500ms, 5s or 2min (0 or none: no limit)");
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "ms" : m.group(2);
        java.time.Duration d = switch (unit) {
            case "s" -> java.time.Duration.ofSeconds(n);
            case "min" -> java.time.Duration.ofMinutes(n);
            default -> java.time.Duration.ofMillis(n);
        };
        return d.isZero() ? null : d;
    }

    /**
     * The first value given, by precedence: flag, environment, file, default. A value given empty is an error,
     * never "use the default": an empty {@code url=} (or an {@code AUTOGEN_URL} set from an unset variable) would
     * otherwise silently create and migrate {@code ./autogen.db}.
     */
    private static String first(String key, String fileName, String flag, String envValue, String fileValue,
                                String fallback) {
        if (flag != null) {
            return nonEmpty(flag, "--" + key + " is empty: give it a value, or leave the option out");
        }
        if (envValue != null) {
            String var = "AUTOGEN_" + key.toUpperCase(java.util.Locale.ROOT);
            return nonEmpty(envValue, var + " is empty: set it to a value, or unset it (unset " + var + ")");
        }
        if (fileValue != null) {
            return nonEmpty(fileValue, key + " is empty in " + fileName + ": give it a value, or remove the line"
                    + " to use the default (" + fallback + ")");
        }
        return fallback;
    }

    private static String nonEmpty(String value, String error) {
        if (value.isBlank()) {
            throw new ConfigException(error);
        }
        return value;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static List<String> list(String s) {
        List<String> out = new ArrayList<>();
        if (s != null) {
            for (String part : s.split(",")) {
                if (!part.isBlank()) {
                    out.add(part.trim());
                }
            }
        }
        return out;
    }

    private static List<Path> paths(Path base, String s) {
        return list(s.replace(java.io.File.pathSeparatorChar, ',')).stream().map(x -> base.resolve(x).normalize()).toList();
    }
}
