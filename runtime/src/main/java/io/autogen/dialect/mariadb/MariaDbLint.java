package io.autogen.dialect.mariadb;

import io.autogen.dialect.LintProfile;
import io.autogen.ops.Operation;
import java.util.regex.Pattern;

/**
 * MariaDB/MySQL for the migration lint. Their DDL takes a metadata lock, and some ALTERs copy or rebuild the whole
 * table: a type change (other than widening a varchar within the same length-byte class), a column made NOT NULL
 * or nullable, a primary key changed, a foreign key or check added. Adding or dropping a column, an index, a
 * default, a comment or a rename copy nothing, and {@link MariaDbSql} writes them with {@code ALGORITHM=INSTANT} or
 * {@code ALGORITHM=INPLACE, LOCK=NONE}, so that the server refuses at once what it could only do by copying.
 * {@link #copiesTable} names the rest (one reading with the statements: {@link MariaDbOnline}); for very large tables
 * the way is an online schema change tool (gh-ost, pt-online-schema-change). The PostgreSQL online forms (NOT VALID,
 * CONCURRENTLY) do not exist here, so {@link #locksOnDdl} is false. Identifiers are cut at 64 characters.
 */
final class MariaDbLint implements LintProfile {
    private static final Pattern VOLATILE = Pattern.compile(
            "(?i)\\b(rand|uuid|uuid_short|sysdate|nextval|next value for|connection_id)\\s*\\(?");

    @Override public boolean isVolatile(String defaultExpression) {
        return VOLATILE.matcher(defaultExpression).find();
    }

    @Override public TableCopy copiesTable(Operation op) {
        return MariaDbOnline.copies(op);
    }

    @Override public int identifierLimit() {
        return 64;
    }

    /**
     * Type changes made in place, without copying the table: a longer varchar that keeps its length bytes whatever
     * its character set ({@link MariaDbOnline#widens}, the test {@link MariaDbSql} writes {@code INPLACE} by).
     */
    @Override public boolean coercible(String from, String to) {
        return MariaDbOnline.widens(from, to);
    }
}
