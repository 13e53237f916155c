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

    public static Dialect named(String name) {
        return ALL.stream().filter(d -> d.name().equals(name)).findFirst()
                .orElseThrow(() -> new ConfigException("unknown dialect " + name));
    }

    /** The URL without its password, for messages. */
    public static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***").replaceAll("//([^/:@]+):[^/@]*@", "//$1:***@");
    }
}
