package io.autogen.dialect.sqlite;

import io.autogen.dialect.DiffHints;
import io.autogen.dialect.Expressions;
import java.util.Locale;

/**
 * SQLite keeps a column's declared type as written, so types compare by their spelling; only blanks, case and
 * the synonyms Hibernate and people use for the same affinity-and-size are folded.
 */
public final class SqliteTypes implements DiffHints {
    @Override public String normaliseType(String type) {
        String t = type.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceAll("\\s*\\(\\s*", "(")
                .replaceAll("\\s*,\\s*", ",").replaceAll("\\s*\\)", ")");
        return switch (t) {
            case "int" -> "integer";
            case "bool" -> "boolean";
            case "character varying" -> "varchar";
            default -> t.startsWith("character varying(") ? "varchar" + t.substring("character varying".length()) : t;
        };
    }

    @Override public String normaliseDefault(String expression) {
        return expression == null || expression.isBlank() ? null : Expressions.canonical(Expressions.unwrap(expression));
    }

    @Override public String normaliseCheck(String expression) {
        return Expressions.canonical(expression);
    }

    @Override public boolean supportsComments() {
        return false;
    }

    @Override public boolean supportsSequences() {
        return false;
    }

    @Override public boolean comparesIdentity() {
        return false;
    }
}
