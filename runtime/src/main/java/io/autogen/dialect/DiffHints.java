package io.autogen.dialect;

/** The small questions the comparator asks a dialect. Each answer is a canonical spelling compared with equals. */
public interface DiffHints {
    /** Canonical spelling of a column type: {@code character varying(80)} and {@code varchar(80)} give the same. */
    String normaliseType(String type);

    /** Canonical spelling of a default expression, or null for none. */
    String normaliseDefault(String expression);

    /** Canonical spelling of a check expression, so that checks compare by content. */
    String normaliseCheck(String expression);

    boolean supportsComments();

    boolean supportsSequences();

    /** False where identity is implicit in the type (SQLite's rowid alias) and so cannot differ. */
    boolean comparesIdentity();
}
