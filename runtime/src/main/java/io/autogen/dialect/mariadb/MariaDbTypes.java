package io.autogen.dialect.mariadb;

import io.autogen.dialect.DiffHints;
import io.autogen.dialect.Expressions;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MariaDB's and MySQL's answers to the comparator: one canonical spelling per type, default and check. What the
 * server reports and what Hibernate or a person writes differ in ways that mean nothing: display widths
 * ({@code int(11)}), booleans ({@code bit}, {@code bit(1)}, {@code tinyint(1)}, {@code boolean}), synonyms
 * ({@code integer}, {@code double precision}, {@code float(53)}), blanks inside {@code enum(...)}, the parentheses
 * of {@code current_timestamp()}, and backticks around names in checks.
 */
public final class MariaDbTypes implements DiffHints {
    private static final Pattern TYPE = Pattern.compile(
            "([a-z][a-z0-9 _]*?)\\s*(\\(\\s*\\d+\\s*(?:,\\s*\\d+\\s*)?\\))?\\s*((?:unsigned|signed|zerofill|\\s)*)"
                    + "(?:\\s*(?:character set|charset)\\s+\\w+)?(?:\\s*collate\\s+\\w+)?");

    @Override public String normaliseType(String type) {
        String t = type.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (t.startsWith("enum") || t.startsWith("set")) {
            // enum('A','B') and enum ('A', 'B'): the values as written, blanks outside them dropped
            return Expressions.canonical(type.trim()); // values keep their case, blanks and parentheses go
        }
        Matcher m = TYPE.matcher(t);
        if (!m.matches()) {
            return t;
        }
        String base = m.group(1).trim();
        String args = m.group(2) == null ? "" : m.group(2).replaceAll("\\s", "");
        String sign = m.group(3) == null || !m.group(3).contains("unsigned") ? "" : " unsigned";
        String canonical = switch (base) {
            case "tinyint" -> args.equals("(1)") ? "boolean" : "tinyint" + sign;
            case "bool", "boolean" -> "boolean";
            case "bit" -> args.isEmpty() || args.equals("(1)") ? "boolean" : "bit" + args;
            case "smallint", "int2" -> "smallint" + sign;
            case "mediumint" -> "mediumint" + sign;
            case "int", "integer", "int4" -> "int" + sign;
            case "bigint", "int8" -> "bigint" + sign;
            case "double", "double precision", "real", "float8" -> "double";
            case "float" -> !args.isEmpty() && Integer.parseInt(args.replaceAll("[^0-9]", "")) > 24 ? "double" : "float";
            case "decimal", "numeric", "dec", "fixed" -> "decimal" + (args.isEmpty() ? "(10,0)"
                    : args.contains(",") ? args : args.replace(")", ",0)"));
            case "character varying", "varchar" -> "varchar" + args;
            case "character", "char" -> "char" + (args.isEmpty() ? "(1)" : args);
            case "nvarchar", "national varchar" -> "varchar" + args;
            case "binary varying", "varbinary" -> "varbinary" + args;
            case "binary" -> "binary" + (args.isEmpty() ? "(1)" : args);
            case "datetime", "timestamp", "time" -> base + (args.equals("(0)") ? "" : args);
            case "json" -> "longtext"; // MariaDB keeps JSON as longtext with a json_valid() check
            default -> base + args + sign;
        };
        return canonical;
    }

    @Override public String normaliseDefault(String expression) {
        if (expression == null || expression.isBlank()) {
            return null;
        }
        String e = Expressions.unwrap(expression.trim());
        if (e.equalsIgnoreCase("null")) {
            return null;
        }
        String c = Expressions.canonical(e);
        if (c.matches("current_timestamp\\d*|now\\d*|localtimestamp\\d*|localtime\\d*")) {
            return "current_timestamp" + c.replaceAll("\\D", "");
        }
        if (c.matches("'-?\\d+(\\.\\d+)?'")) {
            return c.substring(1, c.length() - 1); // MariaDB quotes no number, but a person may
        }
        switch (c) {
            case "true", "b'1'", "1" -> { return "1"; }
            case "false", "b'0'", "0" -> { return "0"; }
            default -> { return c; }
        }
    }

    @Override public String normaliseCheck(String expression) {
        return Expressions.canonical(expression.replace("`", ""));
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
