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

    /** Case-insensitive key, for matching names that the catalog may have folded. */
    public static String key(String name) {
        return name == null ? "" : name.toLowerCase(Locale.ROOT);
    }

    public static List<String> keys(List<String> names) {
        return names.stream().map(Names::key).toList();
    }
}
