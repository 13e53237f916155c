package io.autogen.dialect.mariadb;

import io.autogen.dialect.LintProfile;
import io.autogen.ops.TypeWidth;
import java.util.regex.Pattern;

/**
 * MariaDB/MySQL for the migration lint. Their DDL takes a metadata lock, and some ALTERs copy the whole table under
 * it: a type change (other than widening a varchar within the same length-byte class), a column made NOT NULL, a
 * primary key changed, a column added with a default evaluated per row. Adding a column, an index (in place), a
 * foreign key with the checks off, a comment or a rename copy nothing. The PostgreSQL online forms (NOT VALID,
 * CONCURRENTLY) do not exist here, so {@link #locksOnDdl} is false: an index asked for online is built with
 * {@code ALGORITHM=INPLACE, LOCK=NONE} instead ({@link MariaDbSql}); for very large tables the way is an online
 * schema change tool (gh-ost, pt-online-schema-change). Identifiers are cut at 64 characters.
 */
final class MariaDbLint implements LintProfile {
    private static final Pattern VOLATILE = Pattern.compile(
            "(?i)\\b(rand|uuid|uuid_short|sysdate|nextval|next value for|connection_id)\\s*\\(?");

    @Override public boolean isVolatile(String defaultExpression) {
        return VOLATILE.matcher(defaultExpression).find();
    }

    @Override public int identifierLimit() {
        return 64;
    }

    /**
     * Type changes made in place, without copying the table: a longer varchar that keeps its length bytes (both
     * under 256 bytes, or both over, at 4 bytes a character in utf8mb4), more decimal precision is a copy, so not here.
     */
    @Override public boolean coercible(String from, String to) {
        TypeWidth.Sized a = TypeWidth.Sized.of(from), b = TypeWidth.Sized.of(to);
        if (a == null || b == null || a.length() == null || b.length() == null
                || !a.family().equals("varchar") || !b.family().equals("varchar")) {
            return false;
        }
        int x = a.length(), y = b.length();
        return y >= x && (x * 4 < 256) == (y * 4 < 256);
    }
}
