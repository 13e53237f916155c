package io.autogen.revision;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an annotation whose values are string literals, arrays of them or boolean literals, such as
 * {@code @Revision(id = "3f2a9c1d7e4b", parents = {"b8e5e43b379d"})}, without a parser library: JavaParser's start-up
 * costs about 0.17 s, paid by every command. Anything outside that small grammar gives empty, and the caller
 * falls back to JavaParser, which also words the error.
 */
final class AnnotationLiterals {
    private final String s;
    private int i;

    private AnnotationLiterals(String s) {
        this.s = s;
    }

    /** Attribute name → String or List of String; empty when the text is not of this simple form. */
    static Optional<Map<String, Object>> parse(String annotation) {
        try {
            return Optional.ofNullable(new AnnotationLiterals(annotation).annotation());
        } catch (IndexOutOfBoundsException e) {
            return Optional.empty(); // ran off the end: not the simple form
        }
    }

    private Map<String, Object> annotation() {
        skip();
        if (!eat('@')) return null;
        while (i < s.length() && (Character.isJavaIdentifierPart(s.charAt(i)) || s.charAt(i) == '.')) i++;
        skip();
        if (!eat('(')) return null;
        Map<String, Object> out = new LinkedHashMap<>();
        skip();
        if (eat(')')) return out;
        while (true) {
            skip();
            int start = i;
            while (i < s.length() && Character.isJavaIdentifierPart(s.charAt(i))) i++;
            String name = s.substring(start, i);
            skip();
            if (name.isEmpty() || !eat('=')) return null;
            skip();
            Object value = value();
            if (value == null || out.put(name, value) != null) return null;
            skip();
            if (eat(')')) {
                skip();
                return i == s.length() ? out : null;
            }
            if (!eat(',')) return null;
        }
    }

    private Object value() {
        if (eat('{')) {
            List<String> items = new ArrayList<>();
            skip();
            if (eat('}')) return items;
            while (true) {
                skip();
                String item = string();
                if (item == null) return null;
                items.add(item);
                skip();
                if (eat('}')) return items;
                if (!eat(',')) return null;
                skip();
                if (eat('}')) return items; // trailing comma
            }
        }
        for (String b : new String[] {"true", "false"}) {
            if (s.startsWith(b, i) && (i + b.length() == s.length() || !Character.isJavaIdentifierPart(s.charAt(i + b.length())))) {
                i += b.length();
                return Boolean.valueOf(b);
            }
        }
        return string();
    }

    private String string() {
        if (s.startsWith("\"\"\"", i) || !eat('"')) return null;
        StringBuilder sb = new StringBuilder();
        while (true) {
            char c = s.charAt(i++);
            if (c == '"') return sb.toString();
            if (c == '\n') return null;
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char e = s.charAt(i++);
            switch (e) {
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 's' -> sb.append(' ');
                case '"', '\'', '\\' -> sb.append(e);
                case 'u' -> {
                    while (s.charAt(i) == 'u') i++;
                    sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                    i += 4;
                }
                default -> {
                    return null; // octal escapes and the rest: leave them to JavaParser
                }
            }
        }
    }

    private boolean eat(char c) {
        if (i < s.length() && s.charAt(i) == c) {
            i++;
            return true;
        }
        return false;
    }

    private void skip() {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
    }
}
