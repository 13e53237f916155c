package io.autogen.ops;

import io.autogen.model.Check;
import io.autogen.model.ForeignKey;
import io.autogen.model.Index;
import io.autogen.model.Names;
import io.autogen.model.PrimaryKey;
import io.autogen.model.Schema;
import io.autogen.model.Table;
import io.autogen.model.UniqueKey;
import java.util.ArrayList;
import java.util.List;

/**
 * What a rename does to the model: keys, indexes, checks and foreign keys that name the column or table follow
 * it, as PostgreSQL and SQLite (3.25+, 3.26+ for references from other tables) do in their catalogs.
 */
final class Renaming {
    private Renaming() {}

    static Schema renameColumn(Schema schema, String table, String from, String to) {
        List<Table> out = new ArrayList<>();
        for (Table t : schema.tables()) {
            if (Names.key(t.name()).equals(Names.key(table))) {
                t = t.mapColumn(from, c -> c.withName(to));
                t = t.withPrimaryKey(t.primaryKey() == null ? null
                                : new PrimaryKey(t.primaryKey().name(), cols(t.primaryKey().columns(), from, to)))
                        .withIndexes(t.indexes().stream()
                                .map(i -> new Index(i.name(), cols(i.columns(), from, to), i.unique())).toList())
                        .withUniqueKeys(t.uniqueKeys().stream()
                                .map(u -> new UniqueKey(u.name(), cols(u.columns(), from, to))).toList())
                        .withForeignKeys(t.foreignKeys().stream().map(f -> new ForeignKey(f.name(),
                                cols(f.columns(), from, to), f.refTable(), f.refColumns(), f.onDelete())).toList())
                        .withChecks(t.checks().stream()
                                .map(k -> new Check(k.name(), renameIdentifier(k.expression(), from, to))).toList());
            }
            out.add(t.withForeignKeys(t.foreignKeys().stream()
                    .map(f -> Names.key(f.refTable()).equals(Names.key(table))
                            ? new ForeignKey(f.name(), f.columns(), f.refTable(), cols(f.refColumns(), from, to),
                            f.onDelete())
                            : f).toList()));
        }
        return new Schema(out, schema.sequences());
    }

    static Schema renameTable(Schema schema, String from, String to) {
        List<Table> out = new ArrayList<>();
        for (Table t : schema.tables()) {
            Table r = Names.key(t.name()).equals(Names.key(from)) ? rename(t, to) : t;
            out.add(r.withForeignKeys(r.foreignKeys().stream()
                    .map(f -> Names.key(f.refTable()).equals(Names.key(from))
                            ? new ForeignKey(f.name(), f.columns(), to, f.refColumns(), f.onDelete())
                            : f).toList()));
        }
        return new Schema(out, schema.sequences());
    }

    private static Table rename(Table t, String to) {
        return new Table(to, t.columns(), t.primaryKey(), t.indexes(), t.uniqueKeys(), t.foreignKeys(), t.checks(),
                t.comment(), t.rows(), t.triggers());
    }

    private static List<String> cols(List<String> columns, String from, String to) {
        return columns.stream().map(c -> Names.key(c).equals(Names.key(from)) ? to : c).toList();
    }

    /** {@code expression} with the identifier {@code from} (bare or double-quoted) renamed; string literals kept. */
    static String renameIdentifier(String expression, String from, String to) {
        StringBuilder out = new StringBuilder();
        int i = 0, n = expression.length();
        while (i < n) {
            char c = expression.charAt(i);
            if (c == '\'') {
                int j = expression.indexOf('\'', i + 1);
                while (j >= 0 && j + 1 < n && expression.charAt(j + 1) == '\'') {
                    j = expression.indexOf('\'', j + 2);
                }
                j = j < 0 ? n : j + 1;
                out.append(expression, i, j);
                i = j;
            } else if (c == '"') {
                int j = expression.indexOf('"', i + 1);
                j = j < 0 ? n : j + 1;
                String inner = expression.substring(i + 1, Math.max(i + 1, j - 1));
                out.append(inner.equalsIgnoreCase(from) ? '"' + to + '"' : expression.substring(i, j));
                i = j;
            } else if (Character.isLetter(c) || c == '_') {
                int j = i;
                while (j < n && (Character.isLetterOrDigit(expression.charAt(j)) || expression.charAt(j) == '_')) {
                    j++;
                }
                String word = expression.substring(i, j);
                out.append(word.equalsIgnoreCase(from) ? to : word);
                i = j;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
