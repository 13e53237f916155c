package io.autogen.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The one "merge two named lists" routine, used for tables, columns, keys, indexes and checks: pairs items of the
 * current and desired lists that share a key, and lists what is only on one side. Order follows the inputs.
 */
record Matching<T>(List<T> onlyCurrent, List<T> onlyDesired, List<Pair<T>> pairs) {
    record Pair<T>(T current, T desired) {}

    static <T> Matching<T> of(List<T> current, List<T> desired, Function<T, ?> key) {
        Map<Object, T> byKey = new LinkedHashMap<>();
        for (T c : current) {
            byKey.putIfAbsent(key.apply(c), c);
        }
        List<T> onlyDesired = new ArrayList<>();
        List<Pair<T>> pairs = new ArrayList<>();
        for (T d : desired) {
            T c = byKey.remove(key.apply(d));
            if (c == null) {
                onlyDesired.add(d);
            } else {
                pairs.add(new Pair<>(c, d));
            }
        }
        List<T> onlyCurrent = current.stream().filter(byKey::containsValue).toList();
        return new Matching<>(onlyCurrent, onlyDesired, pairs);
    }
}
