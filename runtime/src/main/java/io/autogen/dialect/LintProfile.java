package io.autogen.dialect;

import io.autogen.ops.Operation;

/**
 * What the migration lint asks of a database, kept with its dialect (as Atlas keeps {@code postgrescheck} apart
 * from its analyzers): whether its DDL takes locks that block a busy table (the AG4xx rules, and the online safe
 * forms that avoid them), which column defaults rewrite the table, which type changes need no rewrite, which
 * operations copy or rebuild the whole table (MariaDB/MySQL's ALTERs that cannot run instantly or in place), and
 * the longest identifier it keeps whole. The default is a database whose DDL blocks nobody worth a finding.
 */
public interface LintProfile {
    LintProfile NONE = new LintProfile() { };

    /**
     * True where DDL takes locks that block a busy table (the AG4xx rules apply), and the online forms exist
     * (constraints added NOT VALID then validated, indexes built and dropped CONCURRENTLY).
     */
    default boolean locksOnDdl() {
        return false;
    }

    /** True for a column default evaluated per row, which makes adding the column rewrite the whole table. */
    default boolean isVolatile(String defaultExpression) {
        return false;
    }

    /** True when changing a column from {@code from} to {@code to} keeps its values without rewriting the table. */
    default boolean coercible(String from, String to) {
        return false;
    }

    /**
     * What {@code op} does that copies or rebuilds its whole table, where the database answers that per operation
     * rather than through {@link #locksOnDdl}'s online forms; null where it runs instantly or in place.
     */
    default TableCopy copiesTable(Operation op) {
        return null;
    }

    /**
     * An operation that copies or rebuilds {@code table}: {@code what} it does and to what cost, as a clause ("changes
     * t.c from int to bigint, which copies t under a lock that blocks writes"), and a clause on the way {@code instead}
     * where this operation has one ("instead, add a new column..."; null: the rule's own, an online schema change tool).
     */
    record TableCopy(String table, String column, String what, String instead) {}

    /** The longest identifier in bytes the database keeps whole; 0 for no limit worth a finding. */
    default int identifierLimit() {
        return 0;
    }
}
