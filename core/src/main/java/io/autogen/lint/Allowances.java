package io.autogen.lint;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The codes a reviewer accepted on purpose for one operation: {@code // autogen:allow AG102} (several codes may
 * follow, separated by spaces or commas) in the comment lines right above the line that performs it.
 */
public final class Allowances {
    private static final Pattern ALLOW = Pattern.compile("autogen:allow\\s+((?:AG\\d{3}[\\s,]*)+)");
    private static final Pattern CODE = Pattern.compile("AG\\d{3}");

    private Allowances() {}

    /** The codes allowed for the operation at 1-based {@code line} of {@code source}; none for line 0. */
    public static Set<String> at(List<String> source, int line) {
        Set<String> out = new LinkedHashSet<>();
        for (int i = line - 2; i >= 0 && i < source.size(); i--) {
            String l = source.get(i).trim();
            if (!l.startsWith("//")) {
                break;
            }
            Matcher m = ALLOW.matcher(l);
            if (m.find()) {
                Matcher c = CODE.matcher(m.group(1));
                while (c.find()) {
                    out.add(c.group());
                }
            }
        }
        return out;
    }
}
