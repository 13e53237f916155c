package io.autogen.dialect.postgres;

import io.autogen.dialect.LintProfile;
import io.autogen.ops.TypeWidth;
import java.util.regex.Pattern;

/**
 * PostgreSQL for the migration lint: most DDL takes an ACCESS EXCLUSIVE lock (AG4xx), with online forms to avoid it
 * (NOT VALID then VALIDATE, CONCURRENTLY); a volatile default rewrites the table; identifiers are cut at 63 bytes.
 */
final class PostgresLint implements LintProfile {
    private static final Pattern VOLATILE = Pattern.compile(
            "(?i)\\b(random|gen_random_uuid|uuid_generate_v\\d\\w*|clock_timestamp|timeofday|nextval|txid_current)\\s*\\(");

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
        TypeWidth.Sized a = TypeWidth.Sized.of(from), b = TypeWidth.Sized.of(to);
        if (a == null || b == null) {
            return false;
        }
        String fa = a.family(), fb = b.family();
        if (fa.equals("varchar") && (fb.equals("text") || fb.equals("varchar") && (b.length() == null
                || a.length() != null && b.length() >= a.length()))) {
            return true;
        }
        if (fa.equals("text") && fb.equals("varchar") && b.length() == null) {
            return true;
        }
        if (fa.equals("numeric") && fb.equals("numeric")) {
            return b.length() == null || a.length() != null && b.length() >= a.length()
                    && java.util.Objects.equals(a.scale(), b.scale());
        }
        return fa.startsWith("timestamp") && fa.equals(fb);
    }
}
