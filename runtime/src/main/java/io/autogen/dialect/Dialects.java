package io.autogen.dialect;

import io.autogen.dialect.postgres.PostgresDialect;
import io.autogen.dialect.sqlite.SqliteDialect;
import io.autogen.error.ConfigException;
import java.util.List;

/** The dialects autogen knows; adding one is one line here. */
public final class Dialects {
    private static final List<Dialect> ALL = List.of(new PostgresDialect(), new SqliteDialect());

    private Dialects() {}

    public static Dialect forUrl(String url) {
        if (url == null || url.isBlank()) {
            throw new ConfigException("no database URL: set url in autogen.properties, AUTOGEN_URL or --url");
        }
        return ALL.stream().filter(d -> d.accepts(url)).findFirst().orElseThrow(() -> new ConfigException(
                "unsupported database URL " + redact(url) + ": use jdbc:postgresql://... or jdbc:sqlite:FILE"));
    }

    /** The dialect of {@code url}, or empty where autogen has none (another database). */
    public static java.util.Optional<Dialect> find(String url) {
        return url == null ? java.util.Optional.empty() : ALL.stream().filter(d -> d.accepts(url)).findFirst();
    }

    public static Dialect named(String name) {
        return ALL.stream().filter(d -> d.name().equals(name)).findFirst()
                .orElseThrow(() -> new ConfigException("unknown dialect " + name));
    }

    /** Where a JDBC URL carries a password: a {@code password=} parameter (group 1 is the value). */
    public static final java.util.regex.Pattern PASSWORD_PARAMETER = java.util.regex.Pattern.compile("(?i)password=([^&;?#]*)");
    /** ... or {@code user:password@host} (group 1 is the value). */
    public static final java.util.regex.Pattern PASSWORD_USER_INFO = java.util.regex.Pattern.compile("//[^/:@?;]*:([^/@?;]*)@");

    /** The URL without its password, for messages. */
    public static String redact(String url) {
        String out = url;
        for (var p : java.util.List.of(PASSWORD_PARAMETER, PASSWORD_USER_INFO)) {
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
}
