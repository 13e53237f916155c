package io.autogen.dialect.postgres;

import io.autogen.dialect.DiffHints;
import io.autogen.dialect.Expressions;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** PostgreSQL's answers to the comparator: one canonical spelling per type, default and check. */
public final class PostgresTypes implements DiffHints {
    private static final Pattern TYPE = Pattern.compile(
            "([a-z][a-z0-9 _]*?)\\s*(\\(\\s*\\d+\\s*(?:,\\s*\\d+\\s*)?\\))?\\s*((?:with|without)\\s.*)?");

    @Override public String normaliseType(String type) {
        String t = type.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        boolean array = t.endsWith("[]");
        if (array) {
            t = t.substring(0, t.length() - 2).trim();
        }
        Matcher m = TYPE.matcher(t);
        if (!m.matches()) {
            return t;
        }
        String base = m.group(1).trim();
        String args = m.group(2) == null ? "" : m.group(2).replaceAll("\\s", "");
        String rest = m.group(3) == null ? "" : m.group(3).trim();
        String canonical = switch (base) {
            case "character varying", "varchar" -> "varchar" + args;
            case "character", "char", "bpchar" -> "char" + (args.isEmpty() ? "(1)" : args);
            case "int", "int4", "integer", "serial" -> "integer";
            case "int8", "bigint", "bigserial" -> "bigint";
            case "int2", "smallint", "tinyint", "smallserial" -> "smallint";
            case "float8", "double precision" -> "float8";
            case "float4", "real" -> "float4";
            case "float" -> !args.isEmpty() && Integer.parseInt(args.replaceAll("[()]", "")) <= 24 ? "float4" : "float8";
            case "decimal", "numeric" -> "numeric" + args;
            case "bool", "boolean" -> "boolean";
            case "timestamptz" -> "timestamptz" + precision(args);
            case "timetz" -> "timetz" + precision(args);
            case "timestamp", "time" -> base + (rest.startsWith("with time zone") ? "tz" : "") + precision(args);
            default -> base + args + (rest.isEmpty() ? "" : " " + rest);
        };
        return array ? canonical + "[]" : canonical;
    }

    /** PostgreSQL's default precision for time types is 6, so {@code timestamp} = {@code timestamp(6)}. */
    private static String precision(String args) {
        return args.isEmpty() ? "(6)" : args;
    }

    @Override public String normaliseDefault(String expression) {
        if (expression == null || expression.isBlank()) {
            return null;
        }
        String c = Expressions.canonical(Expressions.unwrap(expression));
        return switch (c) {
            case "now", "current_timestamp", "localtimestamp" -> "current_timestamp";
            default -> c;
        };
    }

    @Override public String normaliseCheck(String expression) {
        return Expressions.canonical(expression);
    }

    @Override public boolean supportsComments() {
        return true;
    }

    @Override public boolean supportsSequences() {
        return true;
    }

    @Override public boolean comparesIdentity() {
        return true;
    }
}
