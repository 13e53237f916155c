package io.autogen.dialect;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Canonical spellings of SQL expressions (defaults, checks) for comparison only. Quoted literals are kept as
 * written; outside them: lower case, no casts, no parentheses, no blanks, and the rewrites databases make
 * ({@code x in (a, b)} stored as {@code x = ANY (ARRAY[a, b])}, {@code between} stored as two comparisons).
 */
public final class Expressions {
    private static final Pattern CAST = Pattern.compile(
            "::\\s*(character varying|double precision|bit varying|time(stamp)?(\\(\\d+\\))? with(out)? time zone"
                    + "|[a-z_][a-z0-9_]*)(\\(\\d+(,\\s*\\d+)?\\))?(\\[\\])?");
    private static final Pattern BETWEEN = Pattern.compile("([a-z_\"][a-z0-9_\"]*)\\s+between\\s+(\\S+)\\s+and\\s+(\\S+)");

    /** {@code x in ('a')}: a list of one, which PostgreSQL stores as {@code x = 'a'}. */
    private static final Pattern IN_ONE = Pattern.compile(
            "(?i)\\bin\\s*\\(\\s*('(?:[^']|'')*'|-?\\d+(?:\\.\\d+)?)\\s*\\)");

    private static final Pattern ANY_ONE = Pattern.compile("=anyarray\\[('(?:[^']|'')*'|-?\\d+(?:\\.\\d+)?)\\]");

    private Expressions() {}

    public static String canonical(String expression) {
        if (expression == null) {
            return null;
        }
        String s = outsideQuotes(IN_ONE.matcher(expression.trim()).replaceAll("= $1"), part -> {
            String p = part.toLowerCase(Locale.ROOT);
            p = CAST.matcher(p).replaceAll("");
            p = BETWEEN.matcher(p).replaceAll("$1 >= $2 and $1 <= $3");
            return p.replace("\"", "").replace("(", "").replace(")", "").replaceAll("\\s+", "");
        });
        s = ANY_ONE.matcher(s).replaceAll("=$1"); // = ANY (ARRAY['a']): a list of one is an equality
        s = outsideQuotes(s, p -> p.replace("=anyarray[", "in").replace("]", ""));
        return s;
    }

    /** Applies {@code f} to every stretch of text outside single-quoted literals. */
    static String outsideQuotes(String s, java.util.function.UnaryOperator<String> f) {
        StringBuilder out = new StringBuilder();
        StringBuilder plain = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\'') {
                out.append(f.apply(plain.toString()));
                plain.setLength(0);
                int j = i + 1;
                while (j < s.length()) {
                    if (s.charAt(j) == '\'' && j + 1 < s.length() && s.charAt(j + 1) == '\'') {
                        j += 2;
                    } else if (s.charAt(j) == '\'') {
                        break;
                    } else {
                        j++;
                    }
                }
                int end = Math.min(j + 1, s.length());
                out.append(s, i, end);
                i = end;
            } else {
                plain.append(c);
                i++;
            }
        }
        out.append(f.apply(plain.toString()));
        return out.toString();
    }

    /** Strips one layer of enclosing parentheses when they enclose the whole expression. */
    public static String unwrap(String s) {
        String t = s.trim();
        while (t.startsWith("(") && t.endsWith(")") && closingOf(t, 0) == t.length() - 1) {
            t = t.substring(1, t.length() - 1).trim();
        }
        return t;
    }

    /** Index of the parenthesis closing the one at {@code open}, skipping quoted literals; -1 if none. */
    public static int closingOf(String s, int open) {
        int depth = 0;
        boolean quoted = false;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return -1;
    }

}
