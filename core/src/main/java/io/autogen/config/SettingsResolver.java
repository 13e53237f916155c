package io.autogen.config;

import io.autogen.config.Settings;
import io.autogen.dialect.Dialects;
import io.autogen.error.ConfigException;
import io.autogen.runtime.Migrator;
import io.autogen.source.isolation.HibernateRuntime;
import io.autogen.source.isolation.LocalRepository;
import io.autogen.spi.Overrides;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Resolves {@link Settings} by precedence: flag &gt; environment &gt; {@code autogen.properties} &gt; the
 * application's own settings ({@link ApplicationSettings}) &gt; default, and says where each value came from. The
 * command line, the Maven plugin and library callers share it.
 */
public final class SettingsResolver {
    public static final String FILE = "autogen.properties";
    private static final Set<String> KEYS = Set.of("url", "entities", "migrations", "migrations.package", "schema",
            "naming", "exclude.tables", "templates", "classpath", "profile", "lock.timeout", "statement.timeout");

    private static final java.util.regex.Pattern NAMING_CLASSES = java.util.regex.Pattern.compile(
            "[\\p{L}_$][\\p{L}\\p{N}_$]*(\\.[\\p{L}_$][\\p{L}\\p{N}_$]*)+(\\s*,\\s*[\\p{L}_$][\\p{L}\\p{N}_$]*(\\.[\\p{L}_$][\\p{L}\\p{N}_$]*)+)*");
    private static final java.util.regex.Pattern PACKAGE = java.util.regex.Pattern.compile(
            "[\\p{L}_$][\\p{L}\\p{N}_$]*(\\.[\\p{L}_$][\\p{L}\\p{N}_$]*)*");

    /** The settings, and for each key where its value came from (flag, environment, file, application, default). */
    /** {@code warnings}: what resolving found worth saying once, on stderr (a stale class folder, say). */
    public record Resolved(Settings settings, Map<String, String> origins, ApplicationSettings application,
                           List<String> warnings) {
        public Resolved {
            warnings = List.copyOf(warnings);
        }
    }

    private final Map<String, String> env;
    private final Path workingDir;
    /** Told each URL resolved, so that its password can be masked in everything printed. */
    private final Consumer<String> urlSeen;

    public SettingsResolver(Map<String, String> env, Path workingDir, Consumer<String> urlSeen) {
        this.env = env;
        this.workingDir = workingDir;
        this.urlSeen = urlSeen;
    }

    public Path workingDir() {
        return workingDir;
    }

    public Resolved resolve(Overrides g) {
        Path file = g.config() != null ? workingDir.resolve(g.config()) : workingDir.resolve(FILE);
        if (g.config() != null && !Files.isRegularFile(file)) {
            throw new ConfigException("configuration file " + g.config() + " not found");
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
        String profile = g.profile() != null ? g.profile() : blankToNull(p.getProperty("profile"));
        ApplicationSettings app = ApplicationSettings.read(workingDir, profile, env);
        Map<String, String> origins = new LinkedHashMap<>();

        String url = first("url", fileName, g.url(), env.get("AUTOGEN_URL"), p.getProperty("url"), app::url, Dialects.defaultUrl(),
                origins);
        urlSeen.accept(url);
        String entities = first("entities", fileName, g.entities(), env.get("AUTOGEN_ENTITIES"), p.getProperty("entities"),
                () -> null, "src/main/java", origins);
        List<Path> entityPaths = paths(base, entities);
        String migrations = first("migrations", fileName, g.migrations(), null, p.getProperty("migrations"),
                () -> Files.exists(base.resolve("migrations")) ? null : Discovered.migrations(base, entityPaths),
                "migrations", origins);
        Path migrationsDir = base.resolve(migrations.trim()).normalize();
        if (Files.exists(migrationsDir) && !Files.isDirectory(migrationsDir)) {
            throw new ConfigException("migrations " + migrationsDir + " is a file, not a folder: set migrations in "
                    + fileName + " or --migrations to the folder that holds (or will hold) the migration classes");
        }
        String migrationsPackage = blankToNull(p.getProperty("migrations.package"));
        if (migrationsPackage != null && !PACKAGE.matcher(migrationsPackage).matches()) {
            throw new ConfigException("migrations.package=" + migrationsPackage + " is not a Java package name");
        }
        origins.put("migrations.package", migrationsPackage != null ? fileName
                : "derived from the migrations folder");
        String templates = p.getProperty("templates");
        Path templatesDir = templates != null ? base.resolve(templates.trim()) : base.resolve("templates");
        String naming = first("naming", fileName, null, null, p.getProperty("naming"), app::naming, "jpa", origins).trim();
        if (!naming.equals("jpa") && !naming.equals("snake") && !NAMING_CLASSES.matcher(naming).matches()) {
            throw new ConfigException("naming=" + naming + " is not known: use naming=jpa, naming=snake, or the class"
                    + " names of your physical and implicit naming strategies, comma-separated");
        }
        String schema = blankToNull(first("schema", fileName, null, null, p.getProperty("schema"), app::schema, null,
                origins));
        String classpath = first("classpath", fileName, g.classpath(), null, p.getProperty("classpath"),
                () -> app.pomClasspath(rel -> LocalRepository.path().resolve(rel)), "", origins);
        Map<String, String> hibernate = new TreeMap<>();
        app.hibernate().forEach((k, v) -> {
            hibernate.put(k, v.value().trim());
            origins.put(k, v.origin());
        });
        for (String k : p.stringPropertyNames()) {
            if (k.startsWith("hibernate.")) {
                hibernate.put(k, p.getProperty(k).trim());
                origins.put(k, fileName);
            }
        }
        List<String> warnings = new java.util.ArrayList<>(app.warnings());
        entityPaths.forEach(e -> Discovered.staleClasses(base, e).ifPresent(warnings::add));
        Discovered.bundledHibernate(base, hibernate, paths(base, classpath),
                HibernateRuntime.bundledVersion()).ifPresent(warnings::add);
        Settings s = new Settings(url.trim(), entityPaths, migrationsDir, schema, naming,
                list(p.getProperty("exclude.tables")), Files.isDirectory(templatesDir) ? templatesDir : null,
                paths(base, classpath).stream().map(Path::toString).toList(), base, hibernate,
                duration("lock.timeout", p.getProperty("lock.timeout"), Migrator.DEFAULT_LOCK_TIMEOUT),
                duration("statement.timeout", p.getProperty("statement.timeout"), null), migrationsPackage);
        return new Resolved(s, origins, app, warnings);
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
     * The first value given, by precedence: flag, environment, file, application, default. A value given empty is
     * an error, never "use the default": an empty {@code url=} (or an {@code AUTOGEN_URL} set from an unset
     * variable) would otherwise silently create and migrate {@code ./autogen.db}.
     */
    private String first(String key, String fileName, String flag, String envValue, String fileValue,
                         java.util.function.Supplier<ApplicationSettings.Value> app, String fallback,
                         Map<String, String> origins) {
        if (flag != null) {
            origins.put(key, "--" + key);
            return nonEmpty(flag, "--" + key + " is empty: give it a value, or leave the option out");
        }
        if (envValue != null) {
            String var = "AUTOGEN_" + key.toUpperCase(java.util.Locale.ROOT);
            origins.put(key, "environment " + var);
            return nonEmpty(envValue, var + " is empty: set it to a value, or unset it (unset " + var + ")");
        }
        if (fileValue != null) {
            origins.put(key, fileName);
            return nonEmpty(fileValue, key + " is empty in " + fileName + ": give it a value, or remove the line"
                    + " to use the default (" + fallback + ")");
        }
        ApplicationSettings.Value v = app.get();
        if (v != null) {
            origins.put(key, v.origin());
            return nonEmpty(v.value(), key + " is empty in " + v.origin() + ": give it a value there, or set " + key
                    + " in " + fileName);
        }
        origins.put(key, "default");
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
