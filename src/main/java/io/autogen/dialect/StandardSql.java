package io.autogen.dialect;

import io.autogen.model.Check;
import io.autogen.model.Column;
import io.autogen.model.Constraint;
import io.autogen.model.ForeignKey;
import io.autogen.model.Index;
import io.autogen.model.PrimaryKey;
import io.autogen.model.Table;
import io.autogen.model.UniqueKey;
import io.autogen.runtime.SqlEmitter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** SQL both dialects write the same way: quoting, column definitions, constraint clauses, CREATE TABLE. */
public abstract class StandardSql implements SqlEmitter {

    @Override public String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    protected String columnList(List<String> columns) {
        return columns.stream().map(this::quote).collect(Collectors.joining(", "));
    }

    protected String qualified(String table) {
        return quote(table);
    }

    /** {@code "name" type [identity] [default x] [not null]}. */
    protected abstract String columnDefinition(Column c);

    protected String constraintClause(Constraint c) {
        String named = c.name() == null ? "" : "constraint " + quote(c.name()) + " ";
        if (c instanceof PrimaryKey pk) {
            return named + "primary key (" + columnList(pk.columns()) + ")";
        }
        if (c instanceof UniqueKey u) {
            return named + "unique (" + columnList(u.columns()) + ")";
        }
        if (c instanceof ForeignKey f) {
            return named + "foreign key (" + columnList(f.columns()) + ") references " + qualified(f.refTable())
                    + " (" + columnList(f.refColumns()) + ")" + (f.onDelete() == null ? "" : " on delete " + f.onDelete());
        }
        if (c instanceof Check k) {
            return named + "check (" + k.expression() + ")";
        }
        throw new IllegalArgumentException("an index is not a table constraint: " + c);
    }

    protected String createIndex(String table, Index i) {
        return "create " + (i.unique() ? "unique " : "") + "index " + (i.name() == null ? "" : quote(i.name()) + " ")
                + "on " + qualified(table) + " (" + columnList(i.columns()) + ")";
    }

    /** CREATE TABLE with every column and constraint inline, then its indexes. */
    protected List<String> createTable(Table t, String tableName) {
        List<String> parts = new ArrayList<>();
        t.columns().forEach(c -> parts.add(columnDefinition(c)));
        if (t.primaryKey() != null) {
            parts.add(constraintClause(t.primaryKey()));
        }
        t.uniqueKeys().forEach(u -> parts.add(constraintClause(u)));
        t.checks().forEach(k -> parts.add(constraintClause(k)));
        t.foreignKeys().forEach(f -> parts.add(constraintClause(f)));
        List<String> out = new ArrayList<>();
        out.add("create table " + qualified(tableName) + " (\n    " + String.join(",\n    ", parts) + "\n)");
        t.indexes().forEach(i -> out.add(createIndex(t.name(), i)));
        return out;
    }

    protected String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
