package io.autogen.dialect.sqlite;

import io.autogen.dialect.Expressions;
import io.autogen.model.Check;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the pragma functions do not tell: check constraints and constraint names, read from the
 * {@code CREATE TABLE} text SQLite keeps in {@code sqlite_master}.
 */
final class SqliteDdlParser {
    private static final Pattern CONSTRAINT_NAME = Pattern.compile(
            "(?is)^constraint\\s+(\"(?:[^\"]|\"\")+\"|`[^`]+`|\\[[^]]+]|\\S+)\\s+(.*)$");
    private static final Pattern CHECK = Pattern.compile("(?i)\\bcheck\\s*\\(");
    private static final Pattern NAME_BEFORE = Pattern.compile("(?i)\\bconstraint\\s+(\"(?:[^\"]|\"\")+\"|\\S+)\\s*$");

    /** A table-level clause with its optional name. */
    record Clause(String name, String body) {}

    private SqliteDdlParser() {}

    /** The comma-separated items between the outer parentheses of CREATE TABLE. */
    static List<String> items(String createSql) {
        int open = createSql.indexOf('(');
        int close = Expressions.closingOf(createSql, open);
        String body = open < 0 || close < 0 ? "" : createSql.substring(open + 1, close);
        List<String> items = new ArrayList<>();
        int depth = 0, start = 0;
        boolean quoted = false;
        char quote = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (quoted) {
                if (c == quote) quoted = false;
            } else if (c == '\'' || c == '"' || c == '`') {
                quoted = true;
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                items.add(body.substring(start, i).trim());
                start = i + 1;
            }
        }
        if (start < body.length()) {
            items.add(body.substring(start).trim());
        }
        return items;
    }

    static Clause clause(String item) {
        Matcher m = CONSTRAINT_NAME.matcher(item.trim());
        return m.matches() ? new Clause(unquote(m.group(1)), m.group(2).trim()) : new Clause(null, item.trim());
    }

    static boolean isTableConstraint(String item) {
        String b = clause(item).body().toLowerCase(Locale.ROOT);
        return b.startsWith("primary key") || b.startsWith("unique") || b.startsWith("foreign key")
                || b.startsWith("check") || item.trim().toLowerCase(Locale.ROOT).startsWith("constraint ");
    }

    /** Every check in the table, column-level ones included, with its name where it has one. */
    static List<Check> checks(String createSql) {
        List<Check> out = new ArrayList<>();
        for (String item : items(createSql)) {
            Matcher m = CHECK.matcher(item);
            int from = 0;
            while (m.find(from)) {
                int open = m.end() - 1;
                int close = Expressions.closingOf(item, open);
                if (close < 0) {
                    break;
                }
                Matcher name = NAME_BEFORE.matcher(item.substring(0, m.start()));
                out.add(new Check(name.find() ? unquote(name.group(1)) : null, item.substring(open + 1, close).trim()));
                from = close + 1;
            }
        }
        return out;
    }

    static String unquote(String id) {
        String s = id.trim();
        if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("`") && s.endsWith("`"))) {
            return s.substring(1, s.length() - 1).replace("\"\"", "\"");
        }
        if (s.startsWith("[") && s.endsWith("]")) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }

    /** Column names inside the first parentheses of a clause body: {@code unique ("a", b)} → [a, b]. */
    static List<String> columnsOf(String body) {
        int open = body.indexOf('(');
        int close = Expressions.closingOf(body, open);
        if (open < 0 || close < 0) {
            return List.of();
        }
        List<String> cols = new ArrayList<>();
        for (String part : body.substring(open + 1, close).split(",")) {
            cols.add(unquote(part.trim().split("\\s+")[0]));
        }
        return cols;
    }
}
