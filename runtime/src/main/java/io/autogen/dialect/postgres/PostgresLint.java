package io.autogen.dialect.postgres;

import io.autogen.dialect.LintProfile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL for the migration lint: most DDL takes an ACCESS EXCLUSIVE lock (AG4xx), with online forms to avoid it
 * (NOT VALID then VALIDATE, CONCURRENTLY); a volatile default rewrites the table; identifiers are cut at 63 bytes.
 */
final class PostgresLint implements LintProfile {
    private static final Pattern VOLATILE = Pattern.compile(
            "(?i)\\b(random|gen_random_uuid|uuid_generate_v\\d\\w*|clock_timestamp|timeofday|nextval|txid_current)\\s*\\(");
    private static final Pattern SIZED = Pattern.compile("\\s*([a-z ]+?)\\s*(?:\\((\\d+)\\s*(?:,\\s*(\\d+))?\\))?\\s*");

    @Override public boolean locksOnDdl() {
        return true;
    }

    @Override public boolean isVolatile(String defaultExpression) {
        return VOLATILE.matcher(defaultExpression).find();
    }

    @Override public int identifierLimit() {
        return 63;
    }

    /**
     * Type changes made without rewriting the table: a longer or unbounded varchar, varchar to text,
     * more numeric precision at the same scale, a different timestamp precision.
     */
    @Override public boolean coercible(String from, String to) {
        Matcher a = SIZED.matcher(from.toLowerCase(java.util.Locale.ROOT));
        Matcher b = SIZED.matcher(to.toLowerCase(java.util.Locale.ROOT));
        if (!a.matches() || !b.matches()) {
            return false;
        }
        String fa = family(a.group(1)), fb = family(b.group(1));
        if (fa.equals("varchar") && (fb.equals("text") || fb.equals("varchar") && (b.group(2) == null
                || a.group(2) != null && Integer.parseInt(b.group(2)) >= Integer.parseInt(a.group(2))))) {
            return true;
        }
        if (fa.equals("text") && fb.equals("varchar") && b.group(2) == null) {
            return true;
        }
        if (fa.equals("numeric") && fb.equals("numeric")) {
            return b.group(2) == null || a.group(2) != null && Integer.parseInt(b.group(2)) >= Integer.parseInt(a.group(2))
                    && java.util.Objects.equals(a.group(3), b.group(3));
        }
        return fa.startsWith("timestamp") && fa.equals(fb);
    }

    private static String family(String base) {
        return switch (base.trim()) {
            case "varchar", "character varying" -> "varchar";
            case "decimal", "numeric" -> "numeric";
            default -> base.trim();
        };
    }
}
