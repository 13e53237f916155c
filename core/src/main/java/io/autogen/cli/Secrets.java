package io.autogen.cli;

import io.autogen.dialect.Dialects;
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
 * A writer that masks secrets in every line printed, where a secret can stand and nowhere else: the value of a key
 * named like one ({@code password=}, {@code ;password=}, {@code sslpassword=}, {@code secret}, {@code token},
 * {@code credential}, with or without spaces around {@code =}: URL parameters, connection strings a driver or server
 * echoes, settings printed by -v and doctor), and the password of {@code user:password@host}. Text anywhere else is
 * left alone, so a password that is also a word of the output (a table, a message, the project's name) does not
 * garble it. The passwords of this run (from the URLs of the flag, the environment and the files) are known: where
 * one stands at such a place it is masked exactly, whatever characters it holds; an unknown value is masked up to
 * the next delimiter.
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
        for (Pattern p : List.of(Dialects.PASSWORD_PARAMETER, Dialects.PASSWORD_USER_INFO)) {
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

    /**
     * A key named like a secret, then {@code =} or {@code " = "} (the value starts at the match's end). Bounded, so
     * that a long line (a --debug trace, a script's long statement) costs linear time.
     */
    private static final Pattern KEYED = Pattern.compile(
            "(?i)[\\w.-]{0,64}(?:password|passwd|secret|token|credential)[\\w.-]{0,64}(?:=|[ \\t]+=[ \\t]+)");
    /** The password of {@code //user:password@host} (group 1). */
    private static final Pattern USER_INFO = Pattern.compile("//[^/:@\\s]{0,256}:([^/@\\s]{0,256})@");
    /** Where an unknown value ends: URL and connection-string delimiters, quotes, white space. */
    private static final Pattern UNKNOWN_VALUE = Pattern.compile("[^\\s&;?#\"'<>,)\\]]*");

    String mask(String line) {
        StringBuilder out = new StringBuilder(line.length());
        int done = 0;
        Matcher keyed = KEYED.matcher(line), userInfo = USER_INFO.matcher(line);
        int at = 0;
        while (at < line.length()) {
            int start, end;
            if (keyed.find(at) && (!userInfo.find(at) || keyed.start() <= userInfo.start())) {
                start = keyed.end();
                end = start + valueLength(line, start);
            } else if (userInfo.find(at)) {
                start = userInfo.start(1);
                end = userInfo.end(1);
            } else {
                break;
            }
            if (end > start) {
                out.append(line, done, start).append(MASK);
                done = end;
            }
            at = Math.max(end, start + 1);
        }
        out.append(line, done, line.length());
        return knownBeforeHost(out.toString());
    }

    /**
     * How long the value at {@code from} is: a known password standing there whole (it may hold a delimiter; what
     * follows it is not a letter or digit, so it does not merely begin a longer value), else up to the next delimiter.
     */
    private int valueLength(String line, int from) {
        for (String v : values) { // longest first
            int end = from + v.length();
            if (line.startsWith(v, from) && (end == line.length() || !Character.isLetterOrDigit(line.charAt(end)))) {
                return v.length();
            }
        }
        Matcher m = UNKNOWN_VALUE.matcher(line);
        return m.find(from) && m.start() == from ? m.end() - from : 0;
    }

    /**
     * A known password right before {@code @host}, as a driver quotes what it took for a host or port of
     * {@code user:password@host} ("invalid port number: password@host").
     */
    private String knownBeforeHost(String line) {
        String out = line;
        for (String v : values) {
            int i = out.indexOf(v + "@");
            while (i >= 0) {
                boolean own = i == 0 || !Character.isLetterOrDigit(out.charAt(i - 1));
                if (own) {
                    out = out.substring(0, i) + MASK + out.substring(i + v.length());
                }
                i = out.indexOf(v + "@", i + (own ? MASK.length() : 1));
            }
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
