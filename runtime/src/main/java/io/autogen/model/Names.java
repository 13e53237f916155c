package io.autogen.model;

import java.util.List;
import java.util.Locale;

/** Small helpers shared by the model records. */
public final class Names {
    private Names() {}

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    static List<String> copy(List<String> list, String what) {
        if (list == null || list.isEmpty()) {
            throw new IllegalArgumentException(what + " needs at least one column");
        }
        return List.copyOf(list);
    }

    /** PostgreSQL's identifier limit (NAMEDATALEN - 1), the smallest of the supported databases. */
    public static final int MAX_LENGTH = 63;

    /** {@code name}, or when longer than {@link #MAX_LENGTH} its start and a hash of the whole. */
    public static String fit(String name) {
        if (name.length() <= MAX_LENGTH) {
            return name;
        }
        try {
            String hash = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(name.getBytes(java.nio.charset.StandardCharsets.UTF_8))).substring(0, 8);
            return name.substring(0, MAX_LENGTH - hash.length() - 1) + "_" + hash;
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    /** Case-insensitive key, for matching names that the catalog may have folded. */
    public static String key(String name) {
        return name == null ? "" : name.toLowerCase(Locale.ROOT);
    }

    public static List<String> keys(List<String> names) {
        return names.stream().map(Names::key).toList();
    }
}
