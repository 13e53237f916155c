package io.autogen.source.hibernate;

import io.autogen.error.EntityException;
import io.autogen.model.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.boot.model.relational.InitCommand;

/**
 * The rows Hibernate's schema export inserts when it creates a table: the initial value of a
 * {@code @TableGenerator} segment, or of a sequence that a database without sequences (SQLite) keeps in a table.
 * Hibernate hands them over as {@code insert} statements; they are read back into {@link Row}s.
 */
final class InitialRows {
    private static final Pattern INSERT = Pattern.compile(
            "(?is)\\s*insert\\s+into\\s+[^\\s(]+\\s*(?:\\((.*?)\\))?\\s*values\\s*\\((.*)\\)\\s*;?\\s*");

    private InitialRows() {}

    /** @param columns the table's columns in order: Hibernate 6 leaves the column list out of its inserts */
    static List<Row> of(List<InitCommand> commands, String table, List<String> columns, UnaryOperator<String> storedName) {
        List<Row> rows = new ArrayList<>();
        for (InitCommand command : commands) {
            for (String sql : command.getInitCommands()) { // initCommands() is 7.x only
                Matcher m = INSERT.matcher(sql);
                if (!m.matches()) {
                    throw new EntityException("table " + table + " needs an initial row that autogen cannot read: "
                            + sql + " (write it into the migration with op.execute)");
                }
                List<String> values = split(m.group(2));
                List<String> named = m.group(1) == null ? columns.subList(0, Math.min(values.size(), columns.size()))
                        : split(m.group(1)).stream().map(storedName).toList();
                rows.add(new Row(named, values));
            }
        }
        return rows;
    }

    /** Splits a comma-separated list, leaving commas inside quoted literals alone. */
    static List<String> split(String list) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (char c : list.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                out.add(cur.toString().trim());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString().trim());
        return out;
    }
}
