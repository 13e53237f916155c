package io.autogen.dialect;

/**
 * What the migration lint asks of a database, kept with its dialect (as Atlas keeps {@code postgrescheck} apart
 * from its analyzers): whether its DDL takes locks that block a busy table (the AG4xx rules, and the online safe
 * forms that avoid them), which column defaults rewrite the table, which type changes need no rewrite, and the
 * longest identifier it keeps whole. The default is a database whose DDL blocks nobody worth a finding.
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

    /** The longest identifier in bytes the database keeps whole; 0 for no limit worth a finding. */
    default int identifierLimit() {
        return 0;
    }
}
