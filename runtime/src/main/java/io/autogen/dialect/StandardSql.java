package io.autogen.dialect;

import io.autogen.dialect.SqlEmitter;
import io.autogen.error.ModelException;
import io.autogen.model.Check;
import io.autogen.model.Column;
import io.autogen.model.Constraint;
import io.autogen.model.ConstraintVisitor;
import io.autogen.model.ForeignKey;
import io.autogen.model.Index;
import io.autogen.model.PrimaryKey;
import io.autogen.model.Sequence;
import io.autogen.model.Table;
import io.autogen.model.UniqueKey;
import io.autogen.ops.Backfill;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** SQL both dialects write the same way: quoting, column definitions, constraint clauses, CREATE TABLE. */
public abstract class StandardSql implements SqlEmitter {

    /**
     * The identifier as SQL: bare where the database reads it back as it is, quoted where it would not (a key
     * word, a character outside the bare set, or a case the database would fold), so that names come out the way
     * a DBA writes them and the catalog keeps exactly the name the model has.
     */
    @Override public String quote(String identifier) {
        boolean bare = bareIdentifier().matcher(identifier).matches()
                && !keywords().contains(identifier.toLowerCase(java.util.Locale.ROOT));
        return bare ? identifier : '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** Identifiers the database keeps as written when they are not quoted. */
    protected abstract java.util.regex.Pattern bareIdentifier();

    protected abstract java.util.Set<String> keywords();

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
        return named + c.accept(new ConstraintVisitor<String>() {
            @Override public String primaryKey(PrimaryKey pk) {
                return "primary key (" + columnList(pk.columns()) + ")";
            }

            @Override public String uniqueKey(UniqueKey u) {
                return "unique (" + columnList(u.columns()) + ")";
            }

            @Override public String foreignKey(ForeignKey f) {
                return "foreign key (" + columnList(f.columns()) + ") references " + qualified(f.refTable()) + " ("
                        + columnList(f.refColumns()) + ")" + (f.onDelete() == null ? "" : " on delete " + f.onDelete());
            }

            @Override public String check(Check k) {
                return "check (" + k.expression() + ")";
            }

            @Override public String index(Index i) {
                throw new IllegalArgumentException("an index is not a table constraint: " + c);
            }
        });
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

    /** The inserts that give a new table the rows it is created with. */
    protected List<String> rows(Table t) {
        return t.rows().stream().map(r -> "insert into " + qualified(t.name()) + " (" + columnList(r.columns())
                + ") values (" + String.join(", ", r.values()) + ")").toList();
    }

    /** {@code update t set c = expr where c is null}; refuses, saying what to do, while the expression is missing. */
    /** Sequences in the standard's words, as PostgreSQL and MariaDB 10.3+ both take them. */
    protected List<String> createSequence(Sequence s) {
        return List.of("create sequence " + quote(s.name()) + " start with " + s.start() + " increment by " + s.increment());
    }

    protected List<String> dropSequence(Sequence s) {
        return List.of("drop sequence " + quote(s.name()));
    }

    protected List<String> alterSequence(Sequence to) {
        return List.of("alter sequence " + quote(to.name()) + " increment by " + to.increment());
    }

    protected List<String> backfill(Backfill op) {
        if (op.undo()) {
            return List.of(); // nothing undoes a backfill: the downgrade drops the column or its NOT NULL
        }
        if (op.expression() == null) {
            throw new ModelException(op.unfilled());
        }
        return List.of("update " + qualified(op.table()) + " set " + quote(op.column()) + " = " + op.expression()
                + " where " + quote(op.column()) + " is null");
    }

    protected String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
