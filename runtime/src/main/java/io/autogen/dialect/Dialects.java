package io.autogen.dialect;

import io.autogen.error.ConfigException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * The dialects autogen knows: those listed in {@code META-INF/services/io.autogen.dialect.Dialect} on the class path
 * that loaded autogen, in the order found. Adding a database is one package and one line in that file.
 */
public final class Dialects {
    private static final List<Dialect> ALL = load();

    private Dialects() {}

    private static List<Dialect> load() {
        List<Dialect> out = new ArrayList<>();
        Iterator<Dialect> it = ServiceLoader.load(Dialect.class, Dialects.class.getClassLoader()).iterator();
        while (true) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                out.add(it.next());
            } catch (ServiceConfigurationError | LinkageError e) {
                // a dialect whose driver is not on the class path (the application runs on another database)
            }
        }
        return List.copyOf(out);
    }

    /** Every dialect, in the order of registration. */
    public static List<Dialect> all() {
        return ALL;
    }

    public static Dialect forUrl(String url) {
        if (url == null || url.isBlank()) {
            throw new ConfigException("no database URL: set url in autogen.properties, AUTOGEN_URL or --url");
        }
        return find(url).orElseThrow(() -> new ConfigException("unsupported database URL " + redact(url) + ": use "
                + ALL.stream().map(Dialect::urlExample).collect(Collectors.joining(" or "))));
    }

    /** The dialect of {@code url}, or empty where autogen has none (another database). */
    public static Optional<Dialect> find(String url) {
        return url == null ? Optional.empty() : ALL.stream().filter(d -> d.accepts(url)).findFirst();
    }

    public static Dialect named(String name) {
        return ALL.stream().filter(d -> d.name().equals(name)).findFirst()
                .orElseThrow(() -> new ConfigException("unknown dialect " + name));
    }

    /** The databases autogen supports, in words: {@code PostgreSQL, SQLite}. */
    public static String titles() {
        return ALL.stream().map(Dialect::title).collect(Collectors.joining(", "));
    }

    /** The URL a project that configures none uses: the embedded database's, {@code autogen.db} in its folder. */
    public static String defaultUrl() {
        return embeddedUrl(java.nio.file.Path.of("autogen.db"));
    }

    /** The URL of the embedded database kept in {@code file} (see {@link Dialect#embeddedUrl}). */
    public static String embeddedUrl(java.nio.file.Path file) {
        return ALL.stream().map(d -> d.embeddedUrl(file)).filter(u -> u != null).findFirst()
                .orElseThrow(() -> new ConfigException("no database URL: set url in autogen.properties, AUTOGEN_URL or --url"));
    }

    /** Where a JDBC URL carries a password: a {@code password=} parameter (group 1 is the value). */
    public static final java.util.regex.Pattern PASSWORD_PARAMETER = java.util.regex.Pattern.compile("(?i)password=([^&;?#]*)");
    /** ... or {@code user:password@host} (group 1 is the value). */
    public static final java.util.regex.Pattern PASSWORD_USER_INFO = java.util.regex.Pattern.compile("//[^/:@?;]*:([^/@?;]*)@");

    /** The URL without its password, for messages. */
    public static String redact(String url) {
        String out = url;
        for (var p : List.of(PASSWORD_PARAMETER, PASSWORD_USER_INFO)) {
            java.util.regex.Matcher m = p.matcher(out);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(sb, java.util.regex.Matcher.quoteReplacement(
                        m.group().substring(0, m.start(1) - m.start()) + "***" + m.group().substring(m.end(1) - m.start())));
            }
            m.appendTail(sb);
            out = sb.toString();
        }
        return out;
    }

    /**
     * {@code url} with {@code user} and {@code password} added as {@code user=} and {@code password=} parameters, each
     * only where the URL carries none (as query parameters or as {@code user:password@host}): what the drivers that
     * read credentials from the URL's parameters need.
     */
    public static String withCredentialParameters(String url, String user, String password) {
        boolean userInfo = url.matches("(?i)jdbc:[a-z]+://[^/]*@.*");
        StringBuilder extra = new StringBuilder();
        if (user != null && !user.isEmpty() && !userInfo && !url.matches("(?i).*[?&]user=.*")) {
            extra.append("user=").append(java.net.URLEncoder.encode(user, java.nio.charset.StandardCharsets.UTF_8));
        }
        if (password != null && !password.isEmpty() && !userInfo && !url.matches("(?i).*[?&]password=.*")) {
            extra.append(extra.length() == 0 ? "" : "&").append("password=")
                    .append(java.net.URLEncoder.encode(password, java.nio.charset.StandardCharsets.UTF_8));
        }
        return extra.length() == 0 ? url : url + (url.contains("?") ? "&" : "?") + extra;
    }
}
