package io.autogen.config;

import io.autogen.dialect.Dialects;
import io.autogen.error.ConfigException;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * What the application itself already declares, read where its framework reads it: Spring Boot's
 * {@code application.properties}/{@code .yml} (with profile files), Quarkus's {@code application.properties} (with
 * {@code %profile.} keys), JPA's {@code META-INF/persistence.xml}, and the jars of {@code pom.xml}'s dependencies
 * that need no build to find. Each value is looked up lazily, so a placeholder that cannot be resolved is an error
 * only when that value is the one used; each comes with where it was found.
 */
public final class ApplicationSettings {
    /** A value and where it came from, for {@code -v} and {@code doctor}. */
    public record Value(String value, String origin) {}

    /** One key of one file, with the file's name for the origin. */
    private record Raw(String value, String file, String key) {}

    private static final String SPRING_NAMING = "org.springframework.boot.hibernate.SpringImplicitNamingStrategy";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}:]+)(?::([^}]*))?}");

    private final Path projectDir;
    private final Map<String, String> env;
    /** What reading the application's settings found worth a warning (said once, on stderr). */
    private final List<String> warnings = new ArrayList<>();
    /** Spring Boot and Quarkus keys, the later file winning (profile files after the base file). */
    private final Map<String, Raw> keys = new LinkedHashMap<>();
    private final Map<String, Raw> persistence = new LinkedHashMap<>();
    private final List<String> persistenceClasses = new ArrayList<>();
    private final List<String> read = new ArrayList<>();
    private final List<String> profiles;

    private ApplicationSettings(Path projectDir, Map<String, String> env, List<String> profiles) {
        this.projectDir = projectDir;
        this.env = env;
        this.profiles = profiles;
    }

    /** An application that declares nothing. */
    public static ApplicationSettings none(Path projectDir) {
        return new ApplicationSettings(projectDir, Map.of(), List.of());
    }

    /**
     * Reads the application in {@code projectDir}.
     *
     * @param profile the {@code --profile} flag, or null: then {@code SPRING_PROFILES_ACTIVE} /
     *                {@code QUARKUS_PROFILE}, then {@code spring.profiles.active} in the base file
     */
    public static ApplicationSettings read(Path projectDir, String profile, Map<String, String> env) {
        Path resources = projectDir.resolve("src/main/resources");
        Map<String, Raw> base = new LinkedHashMap<>();
        ApplicationSettings tmp = new ApplicationSettings(projectDir, env, List.of());
        for (String name : List.of("application.properties", "application.yml", "application.yaml")) {
            tmp.load(resources.resolve(name), base, null);
        }
        String profileOrigin;
        String wanted = profile;
        if (wanted != null) {
            profileOrigin = "--profile";
        } else if (env.get("SPRING_PROFILES_ACTIVE") != null && !env.get("SPRING_PROFILES_ACTIVE").isBlank()) {
            wanted = env.get("SPRING_PROFILES_ACTIVE");
            profileOrigin = "SPRING_PROFILES_ACTIVE";
        } else if (env.get("QUARKUS_PROFILE") != null && !env.get("QUARKUS_PROFILE").isBlank()) {
            wanted = env.get("QUARKUS_PROFILE");
            profileOrigin = "QUARKUS_PROFILE";
        } else if (base.containsKey("spring.profiles.active")) {
            wanted = base.get("spring.profiles.active").value();
            profileOrigin = "spring.profiles.active";
        } else {
            profileOrigin = null;
        }
        List<String> profiles = wanted == null ? List.of()
                : java.util.Arrays.stream(wanted.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        ApplicationSettings app = new ApplicationSettings(projectDir, env, profiles);
        // the base files again, now knowing the profiles (multi-document YAML and Quarkus's %profile. keys)
        for (String name : List.of("application.properties", "application.yml", "application.yaml")) {
            app.load(resources.resolve(name), app.keys, null);
        }
        for (String p : profiles) {
            boolean found = false;
            for (String name : List.of("application-" + p + ".properties", "application-" + p + ".yml",
                    "application-" + p + ".yaml")) {
                found |= app.load(resources.resolve(name), app.keys, p);
            }
            found |= app.keys.keySet().stream().anyMatch(k -> k.startsWith("%" + p + "."))
                    || app.yamlProfiles.contains(p);
            if (!found) {
                throw new ConfigException("profile " + p + " (from " + profileOrigin + ") does not exist: no "
                        + "application-" + p + ".properties or .yml in " + projectDir.relativize(resources)
                        + ", and no %" + p + ". keys: check the name, or leave the profile out");
            }
        }
        app.readPersistenceXml(resources.resolve("META-INF/persistence.xml"));
        return app;
    }

    /** YAML documents' {@code spring.config.activate.on-profile} values seen, so that such a profile exists. */
    private final java.util.Set<String> yamlProfiles = new java.util.HashSet<>();

    private boolean load(Path file, Map<String, Raw> into, String profileFile) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        String rel = projectDir.relativize(file).toString();
        if (!read.contains(rel)) {
            read.add(rel);
        }
        List<Map<String, String>> documents = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(file)) {
            if (file.toString().endsWith(".properties")) {
                Properties p = new Properties();
                p.load(r);
                Map<String, String> m = new TreeMap<>();
                p.stringPropertyNames().forEach(k -> m.put(k, p.getProperty(k)));
                documents.add(m);
            } else {
                Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
                for (Object doc : yaml.loadAll(r)) {
                    Map<String, String> m = new TreeMap<>();
                    flatten("", doc, m);
                    documents.add(m);
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new ConfigException("cannot read " + rel + ": " + firstLine(e.getMessage()));
        }
        for (Map<String, String> doc : documents) {
            String on = doc.get("spring.config.activate.on-profile");
            if (on != null) {
                yamlProfiles.addAll(java.util.Arrays.stream(on.split(",")).map(String::trim).toList());
                if (java.util.Arrays.stream(on.split(",")).map(String::trim).noneMatch(profiles::contains)) {
                    continue;
                }
            }
            for (Map.Entry<String, String> e : doc.entrySet()) {
                String k = e.getKey();
                if (k.startsWith("%")) {
                    // Quarkus: %dev.quarkus.datasource.jdbc.url applies in profile dev, over the plain key
                    int dot = k.indexOf('.');
                    into.put(k, new Raw(e.getValue(), rel, k));
                    if (dot > 1 && profiles.contains(k.substring(1, dot))) {
                        into.put(k.substring(dot + 1), new Raw(e.getValue(), rel, k));
                    }
                } else if (!into.containsKey(k) || !into.get(k).key().startsWith("%") || profileFile != null) {
                    into.put(k, new Raw(e.getValue(), rel, k));
                }
            }
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    private static void flatten(String prefix, Object node, Map<String, String> out) {
        if (node instanceof Map<?, ?> m) {
            m.forEach((k, v) -> flatten(prefix.isEmpty() ? String.valueOf(k) : prefix + "." + k, v, out));
        } else if (node instanceof List<?> l) {
            if (l.stream().allMatch(x -> !(x instanceof Map) && !(x instanceof List))) {
                out.put(prefix, String.join(",", l.stream().map(String::valueOf).toList()));
            } else {
                for (int i = 0; i < l.size(); i++) {
                    flatten(prefix + "[" + i + "]", l.get(i), out);
                }
            }
        } else if (node != null && !prefix.isEmpty()) {
            out.put(prefix, String.valueOf(node));
        }
    }

    private void readPersistenceXml(Path file) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        String rel = projectDir.relativize(file).toString();
        read.add(rel);
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(false);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document doc = f.newDocumentBuilder().parse(file.toFile());
            NodeList units = doc.getElementsByTagName("persistence-unit");
            if (units.getLength() == 0) {
                return;
            }
            Element unit = (Element) units.item(0); // the first unit: the one a single-unit application uses
            NodeList props = unit.getElementsByTagName("property");
            for (int i = 0; i < props.getLength(); i++) {
                Element p = (Element) props.item(i);
                persistence.put(p.getAttribute("name"), new Raw(p.getAttribute("value"), rel, p.getAttribute("name")));
            }
            NodeList mode = unit.getElementsByTagName("validation-mode");
            if (mode.getLength() > 0 && VALIDATION_MODES.stream().noneMatch(persistence::containsKey)) {
                // the unit's element; a property of the same meaning wins, as in Hibernate
                persistence.put("jakarta.persistence.validation.mode",
                        new Raw(mode.item(0).getTextContent().trim(), rel, "validation-mode"));
            }
            NodeList classes = unit.getElementsByTagName("class");
            for (int i = 0; i < classes.getLength(); i++) {
                persistenceClasses.add(classes.item(i).getTextContent().trim());
            }
        } catch (Exception e) {
            throw new ConfigException("cannot read " + rel + ": " + firstLine(e.getMessage()));
        }
    }

    /** The files read, relative to the project, in the order read. */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    public List<String> files() {
        return List.copyOf(read);
    }

    public List<String> profiles() {
        return profiles;
    }

    /** The entity classes persistence.xml lists (none when it lists none or is absent). */
    public List<String> listedClasses() {
        return List.copyOf(persistenceClasses);
    }

    // ------------------------------------------------------------------ autogen's keys

    /** The JDBC URL, with user and password (when declared apart) as URL parameters. */
    public Value url() {
        Value url = first("spring.datasource.url", "quarkus.datasource.jdbc.url", "jakarta.persistence.jdbc.url",
                "javax.persistence.jdbc.url", "hibernate.connection.url");
        if (url == null) {
            return null;
        }
        Value user = first("spring.datasource.username", "quarkus.datasource.username", "jakarta.persistence.jdbc.user",
                "javax.persistence.jdbc.user", "hibernate.connection.username");
        Value password = first("spring.datasource.password", "quarkus.datasource.password",
                "jakarta.persistence.jdbc.password", "javax.persistence.jdbc.password", "hibernate.connection.password");
        String u = url.value().trim();
        String with = Dialects.find(u).map(d -> d.withCredentials(u, user == null ? null : user.value(),
                password == null ? null : password.value())).orElse(u);
        if (!with.equals(u)) {
            return new Value(with, url.origin() + (user != null ? ", user from " + user.origin() : "")
                    + (password != null ? ", password from " + password.origin() : ""));
        }
        return new Value(u, url.origin());
    }

    /** The schema the application's Hibernate uses by default. */
    public Value schema() {
        return first("spring.jpa.properties.hibernate.default_schema", "quarkus.hibernate-orm.database.default-schema",
                "hibernate.default_schema");
    }

    /**
     * Naming as autogen spells it: {@code snake} for Spring Boot's (its default), {@code jpa} for Hibernate's, or
     * strategy class names.
     */
    public Value naming() {
        boolean spring = keys.keySet().stream().anyMatch(k -> k.startsWith("spring."));
        Value physical = first("spring.jpa.hibernate.naming.physical-strategy",
                "quarkus.hibernate-orm.physical-naming-strategy", "hibernate.physical_naming_strategy");
        Value implicit = first("spring.jpa.hibernate.naming.implicit-strategy",
                "quarkus.hibernate-orm.implicit-naming-strategy", "hibernate.implicit_naming_strategy");
        if (physical == null && implicit == null) {
            return spring ? new Value("snake", "Spring Boot's default naming (" + read.get(0) + " declares none)") : null;
        }
        boolean physicalSnake = physical == null ? spring : physical.value().endsWith(".CamelCaseToUnderscoresNamingStrategy")
                || physical.value().endsWith(".SpringPhysicalNamingStrategy");
        boolean physicalJpa = physical == null ? !spring : physical.value().endsWith(".PhysicalNamingStrategyStandardImpl");
        boolean implicitSpring = implicit == null ? spring : implicit.value().endsWith(".SpringImplicitNamingStrategy");
        boolean implicitJpa = implicit == null ? !spring : implicit.value().endsWith(".ImplicitNamingStrategyJpaCompliantImpl");
        String origin = String.join(", ", java.util.stream.Stream.of(physical, implicit)
                .filter(java.util.Objects::nonNull).map(Value::origin).toList());
        if (physicalSnake && implicitSpring) {
            return new Value("snake", origin);
        }
        if (physicalJpa && implicitJpa) {
            return new Value("jpa", origin);
        }
        List<String> classes = new ArrayList<>();
        if (physicalSnake) {
            classes.add("org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy");
        } else if (!physicalJpa) {
            classes.add(physical.value().trim());
        }
        if (!implicitJpa && !implicitSpring) {
            classes.add(implicit.value().trim());
        }
        if (classes.isEmpty()) {
            // Hibernate's physical names with Spring's implicit ones (or the reverse): the nearest of the two
            return new Value(physicalSnake ? "snake" : "jpa", origin);
        }
        return new Value(String.join(",", classes), origin);
    }

    /**
     * {@code hibernate.*} settings the application passes to Hibernate that can change the DDL, and its JPA validation
     * mode (whether Hibernate applies Bean Validation constraints to the DDL).
     */
    public Map<String, Value> hibernate() {
        Map<String, Value> out = new TreeMap<>();
        persistence.forEach((k, raw) -> {
            if (k.startsWith("hibernate.") && ddlSetting(k) || VALIDATION_MODES.contains(k)) {
                out.put(k, resolve(raw));
            }
        });
        keys.forEach((k, raw) -> {
            if (k.startsWith("spring.jpa.properties.")) {
                String h = k.substring("spring.jpa.properties.".length());
                if (h.startsWith("hibernate.") && ddlSetting(h) || VALIDATION_MODES.contains(h)) {
                    out.put(h, resolve(raw));
                }
            }
        });
        Value action = first("spring.jpa.hibernate.ddl-auto", "spring.jpa.properties.hibernate.hbm2ddl.auto",
                "hibernate.hbm2ddl.auto", "jakarta.persistence.schema-generation.database.action",
                "javax.persistence.schema-generation.database.action", "quarkus.hibernate-orm.database.generation");
        if (action != null && action.value().trim().equalsIgnoreCase("update")) {
            // tables Hibernate's update creates keep the mapping's column order, which its create sorts
            out.put("hibernate.hbm2ddl.auto", new Value("update", action.origin()));
        }
        return out;
    }

    /**
     * The JPA validation mode: whether the application's Hibernate applies a Bean Validation provider's constraints
     * to its DDL (with {@code hibernate.validator.apply_to_ddl}, a {@code hibernate.*} setting).
     */
    private static final java.util.Set<String> VALIDATION_MODES =
            java.util.Set.of("jakarta.persistence.validation.mode", "javax.persistence.validation.mode");

    /** Settings about connections, logging and autogen's own choices (dialect, schema) are not the mapping's. */
    private static boolean ddlSetting(String k) {
        return !(k.equals("hibernate.dialect") || k.startsWith("hibernate.connection.") || k.startsWith("hibernate.hbm2ddl.")
                || k.equals("hibernate.show_sql") || k.equals("hibernate.format_sql") || k.equals("hibernate.default_schema")
                || k.equals("hibernate.physical_naming_strategy") || k.equals("hibernate.implicit_naming_strategy")
                || k.startsWith("hibernate.jdbc.") || k.startsWith("hibernate.cache.") || k.startsWith("hibernate.generate_statistics"));
    }

    private Value first(String... names) {
        for (String n : names) {
            Raw r = keys.get(n);
            if (r == null) {
                r = persistence.get(n);
            }
            if (r != null) {
                return resolve(r);
            }
        }
        return null;
    }

    /** Spring's {@code ${NAME:default}}: the environment, then the application's other keys, then the default. */
    private Value resolve(Raw raw) {
        return new Value(resolve(raw, raw.value(), 0), raw.key() + " in " + raw.file());
    }

    private String resolve(Raw raw, String text, int depth) {
        if (text == null || !text.contains("${") || depth > 10) {
            return text;
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1).trim();
            String value = env.get(name);
            if (value == null) {
                value = env.get(name.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace('-', '_'));
            }
            if (value == null && keys.containsKey(name)) {
                value = resolve(raw, keys.get(name).value(), depth + 1);
            }
            if (value == null) {
                value = m.group(2);
            }
            if (value == null) {
                throw new ConfigException(raw.key() + " in " + raw.file() + ": ${" + name + "} is not set and has no"
                        + " default: set the environment variable " + name + ", write ${" + name + ":default}, or"
                        + " give the value to autogen (autogen.properties, an AUTOGEN_ variable or a flag)");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    // ------------------------------------------------------------------ pom.xml

    /**
     * The jars of {@code pom.xml}'s dependencies that need no build to find: {@code system} scope ones, and those
     * with a version that sit in the local repository already. Versions a parent manages need the build (the Maven
     * plugin passes its class path).
     */
    public Value pomClasspath(Function<String, Path> localRepository) {
        Path pom = projectDir.resolve("pom.xml");
        if (!Files.isRegularFile(pom)) {
            return null;
        }
        List<String> jars = new ArrayList<>();
        int unresolved = 0;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document doc = f.newDocumentBuilder().parse(pom.toFile());
            Element project = doc.getDocumentElement();
            Element packaging = child(project, "packaging");
            if (packaging != null && packaging.getTextContent().trim().equals("pom")) {
                return null; // an aggregator or parent: its modules hold the entities and their libraries
            }
            Map<String, String> props = new TreeMap<>();
            props.put("project.basedir", projectDir.toString());
            props.put("basedir", projectDir.toString());
            Element properties = child(project, "properties");
            if (properties != null) {
                NodeList l = properties.getChildNodes();
                for (int i = 0; i < l.getLength(); i++) {
                    if (l.item(i) instanceof Element e) {
                        props.put(e.getTagName(), e.getTextContent().trim());
                    }
                }
            }
            Element deps = child(project, "dependencies");
            if (deps == null) {
                return null;
            }
            NodeList l = deps.getChildNodes();
            for (int i = 0; i < l.getLength(); i++) {
                if (!(l.item(i) instanceof Element d)) {
                    continue;
                }
                String scope = text(d, "scope", props);
                if ("test".equals(scope) || "import".equals(scope)) {
                    continue;
                }
                if ("system".equals(scope)) {
                    String path = text(d, "systemPath", props);
                    if (path != null && Files.isRegularFile(projectDir.resolve(path))) {
                        jars.add(projectDir.resolve(path).normalize().toString());
                    }
                    continue;
                }
                String g = text(d, "groupId", props), a = text(d, "artifactId", props), v = text(d, "version", props);
                String type = text(d, "type", props);
                if (type != null && !type.equals("jar")) {
                    continue;
                }
                if (g == null || a == null || v == null || v.contains("${")) {
                    unresolved++; // a version the parent or a BOM manages: only the build knows it
                    continue;
                }
                Path jar = localRepository.apply(g.replace('.', '/') + "/" + a + "/" + v + "/" + a + "-" + v + ".jar");
                if (jar != null && Files.isRegularFile(jar)) {
                    jars.add(jar.toString());
                } else {
                    unresolved++;
                }
            }
        } catch (Exception e) {
            throw new ConfigException("cannot read pom.xml: " + firstLine(e.getMessage()));
        }
        if (unresolved > 0) {
            BuildClasspath.Answer build = BuildClasspath.read(projectDir, env);
            if (build.failure() == null) {
                if (!build.cached()) {
                    warnings.add("pom.xml's class path read from the build (mvn dependency:build-classpath), kept in "
                            + BuildClasspath.CACHE + " until pom.xml changes");
                }
                return new Value(String.join(",", build.jars()), "the build's class path (mvn dependency:build-classpath)");
            }
            warnings.add(unresolved + " dependencies of pom.xml have versions only the build knows, and " + build.failure()
                    + ": entity sources that need them will not compile; set classpath= in autogen.properties");
        }
        return jars.isEmpty() ? null : new Value(String.join(",", jars), "dependencies in pom.xml");
    }

    private static Element child(Element parent, String name) {
        NodeList l = parent.getChildNodes();
        for (int i = 0; i < l.getLength(); i++) {
            if (l.item(i) instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static String text(Element parent, String name, Map<String, String> props) {
        Element e = child(parent, name);
        if (e == null) {
            return null;
        }
        String t = e.getTextContent().trim();
        Matcher m = Pattern.compile("\\$\\{([^}]+)}").matcher(t);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String v = props.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(v == null ? m.group() : v));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }
}
