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

    /**
     * A type spelling read as its family ({@code varchar} for {@code character varying}, {@code numeric} for
     * {@code decimal}, {@code integer} for {@code int4}...), its length or precision and its scale (null where the
     * spelling has none); what the lint's profiles and {@link #narrows} compare.
     */
    public record Sized(String family, Integer length, Integer scale) {
        /** The type read, or null when it is not a name with an optional {@code (length[, scale])}. */
        public static Sized of(String type) {
            Matcher m = TYPE.matcher(type.toLowerCase(Locale.ROOT));
            if (!m.matches()) {
                return null;
            }
            return new Sized(TypeWidth.family(m.group(1)), m.group(2) == null ? null : Integer.valueOf(m.group(2)),
                    m.group(3) == null ? null : Integer.valueOf(m.group(3)));
        }

        int scaleOrZero() {
            return scale == null ? 0 : scale;
        }
    }

    public static boolean narrows(String fromType, String toType) {
        Sized a = Sized.of(fromType), b = Sized.of(toType);
        if (a == null || b == null) {
            return !fromType.equalsIgnoreCase(toType);
        }
        String fa = a.family(), fb = b.family();
        if (UNBOUNDED_TEXT.contains(fb)) {
            return false; // any value can be written as text
        }
        if (INTEGERS.contains(fa) && INTEGERS.contains(fb)) {
            return INTEGERS.indexOf(fb) < INTEGERS.indexOf(fa);
        }
        if (INTEGERS.contains(fa) && fb.equals("numeric")) {
            return b.length() != null && b.length() - b.scaleOrZero() < 19;
        }
        if (!fa.equals(fb)) {
            return true;
        }
        Integer la = a.length(), lb = b.length();
        if (lb == null) {
            return false;
        }
        if (la == null) {
            return true;
        }
        return lb < la || b.scaleOrZero() < a.scaleOrZero() || (lb - b.scaleOrZero()) < (la - a.scaleOrZero());
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
}
