package io.autogen.cli;

import java.io.IOException;
import java.io.Writer;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The passwords of this run, known from the URLs it was given (flag, environment, file), and a writer that masks
 * them in every line printed. Masking the value itself, not the URL's shape, also covers a password echoed in a
 * cause autogen passes on (a server quoting the database name, a driver quoting the host) and --debug traces.
 */
final class Secrets {
    static final String MASK = "***";

    /** Longest first, so that a password containing another is masked whole. */
    private final Set<String> values = new ConcurrentSkipListSet<>(
            Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));

    /** Remembers the passwords in {@code text} (a URL, or an argument that holds one). */
    void addFrom(String text) {
        if (text == null) {
            return;
        }
        for (Pattern p : List.of(io.autogen.dialect.Dialects.PASSWORD_PARAMETER, io.autogen.dialect.Dialects.PASSWORD_USER_INFO)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                add(m.group(1));
            }
        }
    }

    private void add(String value) {
        if (value.isEmpty() || value.equals(MASK)) {
            return;
        }
        values.add(value);
        try {
            values.add(URLDecoder.decode(value, StandardCharsets.UTF_8)); // as a server or driver may echo it
        } catch (IllegalArgumentException e) {
            // not percent-encoded: the raw value is all there is to mask
        }
    }

    String mask(String line) {
        String out = line;
        for (String v : values) {
            out = out.replace(v, MASK);
        }
        return out;
    }

    /** A writer that masks whole lines (a password never spans lines), passing each on when it ends. */
    Writer masking(Writer target) {
        return new Writer() {
            private final StringBuilder line = new StringBuilder();

            @Override public synchronized void write(char[] buf, int off, int len) throws IOException {
                for (int i = off; i < off + len; i++) {
                    line.append(buf[i]);
                    if (buf[i] == '\n') {
                        target.write(mask(line.toString()));
                        line.setLength(0);
                    }
                }
            }

            @Override public synchronized void flush() throws IOException {
                if (line.length() > 0) {
                    target.write(mask(line.toString()));
                    line.setLength(0);
                }
                target.flush();
            }

            @Override public void close() throws IOException {
                flush();
                target.close();
            }
        };
    }
}
