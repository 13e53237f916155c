package io.autogen.ops;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides, from two SQL type spellings alone, whether a type change may lose data. Dialect-neutral on purpose:
 * the same answer is needed when rendering, when replaying a file, and when applying it.
 */
public final class TypeWidth {
    private static final Pattern TYPE = Pattern.compile("\\s*([a-z ]+?)\\s*(?:\\((\\d+)\\s*(?:,\\s*(\\d+))?\\))?\\s*");
    private static final List<String> INTEGERS = List.of("smallint", "integer", "bigint");
    private static final List<String> UNBOUNDED_TEXT = List.of("text", "clob");

    private TypeWidth() {}

    public static boolean narrows(String fromType, String toType) {
        Matcher a = TYPE.matcher(fromType.toLowerCase(Locale.ROOT));
        Matcher b = TYPE.matcher(toType.toLowerCase(Locale.ROOT));
        if (!a.matches() || !b.matches()) {
            return !fromType.equalsIgnoreCase(toType);
        }
        String fa = family(a.group(1)), fb = family(b.group(1));
        if (UNBOUNDED_TEXT.contains(fb)) {
            return false; // any value can be written as text
        }
        if (INTEGERS.contains(fa) && INTEGERS.contains(fb)) {
            return INTEGERS.indexOf(fb) < INTEGERS.indexOf(fa);
        }
        if (INTEGERS.contains(fa) && fb.equals("numeric")) {
            return b.group(2) != null && Integer.parseInt(b.group(2)) - scale(b) < 19;
        }
        if (!fa.equals(fb)) {
            return true;
        }
        Integer la = size(a), lb = size(b);
        if (lb == null) {
            return false;
        }
        if (la == null) {
            return true;
        }
        return lb < la || scale(b) < scale(a) || (lb - scale(b)) < (la - scale(a));
    }

    private static String family(String base) {
        return switch (base.trim()) {
            case "int", "int4", "integer" -> "integer";
            case "int8", "bigint" -> "bigint";
            case "int2", "smallint", "tinyint" -> "smallint";
            case "varchar", "character varying", "nvarchar" -> "varchar";
            case "char", "character", "nchar" -> "char";
            case "decimal", "numeric" -> "numeric";
            default -> base.trim();
        };
    }

    private static Integer size(Matcher m) {
        return m.group(2) == null ? null : Integer.valueOf(m.group(2));
    }

    private static int scale(Matcher m) {
        return m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
    }
}
