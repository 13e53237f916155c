package io.autogen.revision;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Literal-aware scans of Java source: comments out, layout out, parentheses matched. */
final class JavaCode {
    private JavaCode() {}

    /** The source with comments replaced by a blank; string, text-block and char literals kept as written. */
    static String stripComments(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0, n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == '/' && i + 1 < n && s.charAt(i + 1) == '/') {
                while (i < n && s.charAt(i) != '\n') i++;
                out.append(' ');
            } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
                int end = s.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
                out.append(' ');
            } else if (c == '"' || c == '\'') {
                int end = literalEnd(s, i);
                out.append(s, i, end);
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Index just past the literal starting at {@code i} (handles escapes and text blocks). */
    private static int literalEnd(String s, int i) {
        char q = s.charAt(i);
        if (q == '"' && s.startsWith("\"\"\"", i)) {
            int end = s.indexOf("\"\"\"", i + 3);
            while (end > 0 && s.charAt(end - 1) == '\\') {
                end = s.indexOf("\"\"\"", end + 1);
            }
            return end < 0 ? s.length() : end + 3;
        }
        int j = i + 1;
        while (j < s.length() && s.charAt(j) != q && s.charAt(j) != '\n') {
            j += s.charAt(j) == '\\' ? 2 : 1;
        }
        return Math.min(j + 1, s.length());
    }

    /** Index of the parenthesis that closes the one at {@code open}, skipping literals; -1 if none. */
    static int closingParen(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\'') {
                i = literalEnd(s, i) - 1;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * SHA-256 of comment-free code with layout removed: blanks survive only between two word characters, so
     * re-indenting, re-wrapping or commenting a migration does not change it, and editing its code does.
     */
    static String digest(String codeWithoutComments) {
        StringBuilder sb = new StringBuilder(codeWithoutComments.length());
        String s = codeWithoutComments;
        int i = 0;
        boolean pendingBlank = false;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '"' || c == '\'') {
                int end = literalEnd(s, i);
                sb.append(s, i, end);
                i = end;
                pendingBlank = false;
            } else if (Character.isWhitespace(c)) {
                pendingBlank = true;
                i++;
            } else {
                if (pendingBlank && sb.length() > 0 && isWord(sb.charAt(sb.length() - 1)) && isWord(c)) {
                    sb.append(' ');
                }
                pendingBlank = false;
                sb.append(c);
                i++;
            }
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(sb.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isWord(char c) {
        return Character.isJavaIdentifierPart(c);
    }
}
