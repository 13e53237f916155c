package io.autogen.runtime;

import io.autogen.api.Ddl.CheckDef;
import io.autogen.api.Ddl.ColumnDef;
import io.autogen.api.Ddl.ConstraintDef;
import io.autogen.api.Ddl.ForeignKeyDef;
import io.autogen.api.Ddl.IndexDef;
import io.autogen.api.Ddl.PrimaryKeyDef;
import io.autogen.api.Ddl.TableElement;
import io.autogen.api.Ddl.UniqueDef;
import io.autogen.api.Ddl;
import io.autogen.api.Operations;
import io.autogen.error.ModelException;
import io.autogen.model.Check;
import io.autogen.model.Column;
import io.autogen.model.ConstraintVisitor;
import io.autogen.model.ForeignKey;
import io.autogen.model.Index;
import io.autogen.model.PrimaryKey;
import io.autogen.model.Row;
import io.autogen.model.Schema;
import io.autogen.model.Sequence;
import io.autogen.model.Table;
import io.autogen.model.UniqueKey;
import io.autogen.ops.AddColumn;
import io.autogen.ops.AddConstraint;
import io.autogen.ops.AlterColumn;
import io.autogen.ops.AlterSequence;
import io.autogen.ops.Backfill;
import io.autogen.ops.CreateSequence;
import io.autogen.ops.CreateTable;
import io.autogen.ops.DropColumn;
import io.autogen.ops.DropConstraint;
import io.autogen.ops.DropSequence;
import io.autogen.ops.DropTable;
import io.autogen.ops.ExecuteSql;
import io.autogen.ops.Operation;
import io.autogen.ops.RenameColumn;
import io.autogen.ops.RenameTable;
import io.autogen.ops.SetTableComment;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The one implementation of {@link Operations}: turns each call into an {@link Operation}, completing drops and
 * alters from the schema as it stands (so that each operation carries its inverse), and hands it to a backend.
 */
public final class OperationsFacade implements Operations {
    private final Backend backend;
    private Schema schema;
    private final List<Operation> applied = new ArrayList<>();

    public OperationsFacade(Schema start, Backend backend) {
        this.schema = start;
        this.backend = backend;
    }

    /** The schema after every call so far, as this facade's backend knows it. */
    public Schema schema() {
        return schema;
    }

    /** Every operation handed to the backend so far, in order. */
    public List<Operation> applied() {
        return Collections.unmodifiableList(applied);
    }

    private void apply(Operation op) {
        schema = backend.apply(op, schema);
        applied.add(op);
    }

    private Table table(String name) {
        return schema.table(name).orElseThrow(() -> new ModelException("table " + name + " does not exist"));
    }

    private Column column(String tableName, String column) {
        return table(tableName).column(column).orElseThrow(() ->
                new ModelException("column " + tableName + "." + column + " does not exist"));
    }

    /*
     * What a drop or a rename names, as the schema holds it; where the schema no longer holds it, only its name. A
     * step an earlier run carried out before it stopped half-way (outside a transaction, each step committed) finds
     * its table, column or sequence gone: the backend then sees the step done already and skips it, and everywhere
     * else refuses it with the same "does not exist" as before ({@link io.autogen.ops.SchemaApplier}).
     */

    private Table named(String name) {
        return schema.table(name).orElseGet(() -> Table.of(name, List.of()));
    }

    private Column namedColumn(String tableName, String column) {
        return schema.table(tableName).flatMap(t -> t.column(column)).orElseGet(() -> Column.of(column, "unknown"));
    }

    @Override public void createTable(String name, TableElement... elements) {
        List<Column> columns = new ArrayList<>();
        Constraints keys = new Constraints();
        String comment = null;
        List<Row> rows = new ArrayList<>();
        for (TableElement e : elements) {
            if (e instanceof Ddl.RowDef r) {
                rows.add(r.row());
            } else if (e instanceof ColumnDef c) {
                columns.add(c.toModel());
            } else if (e instanceof Ddl.TableComment tc) {
                comment = tc.text();
            } else {
                ((ConstraintDef) e).toModel().accept(keys);
            }
        }
        apply(new CreateTable(new Table(name, columns, keys.pk, keys.indexes, keys.uniques, keys.fks, keys.checks,
                comment, rows, List.of())));
    }

    /** The constraints of a new table, each kind in its place. */
    private static final class Constraints implements ConstraintVisitor<Void> {
        private PrimaryKey pk;
        private final List<Index> indexes = new ArrayList<>();
        private final List<UniqueKey> uniques = new ArrayList<>();
        private final List<ForeignKey> fks = new ArrayList<>();
        private final List<Check> checks = new ArrayList<>();

        @Override public Void primaryKey(PrimaryKey c) {
            pk = c;
            return null;
        }

        @Override public Void index(Index c) {
            indexes.add(c);
            return null;
        }

        @Override public Void uniqueKey(UniqueKey c) {
            uniques.add(c);
            return null;
        }

        @Override public Void foreignKey(ForeignKey c) {
            fks.add(c);
            return null;
        }

        @Override public Void check(Check c) {
            checks.add(c);
            return null;
        }
    }

    @Override public void dropTable(String name) {
        apply(new DropTable(named(name)));
    }

    @Override public void addColumn(String table, ColumnDef column) {
        apply(new AddColumn(table, column.toModel()));
    }

    @Override public void dropColumn(String table, String column) {
        apply(new DropColumn(table, namedColumn(table, column)));
    }

    @Override public void renameColumn(String table, String column, String newName) {
        apply(new RenameColumn(table, namedColumn(table, column).name(), newName));
    }

    @Override public void renameTable(String table, String newName) {
        apply(new RenameTable(named(table).name(), newName));
    }

    @Override public void alterColumn(String table, ColumnDef column) {
        Column to = column.toModel();
        apply(new AlterColumn(table, column(table, to.name()), to, column.isOnline()));
    }

    private void add(String table, ConstraintDef c) {
        apply(new AddConstraint(table, c.toModel(), c.online()));
    }

    private void drop(String table, ConstraintDef c) {
        apply(new DropConstraint(table, c.toModel(), c.online()));
    }

    @Override public void addPrimaryKey(String table, PrimaryKeyDef pk) { add(table, pk); }
    @Override public void dropPrimaryKey(String table, PrimaryKeyDef pk) { drop(table, pk); }
    @Override public void createIndex(String table, IndexDef index) { add(table, index); }
    @Override public void dropIndex(String table, IndexDef index) { drop(table, index); }
    @Override public void addUniqueConstraint(String table, UniqueDef unique) { add(table, unique); }
    @Override public void dropUniqueConstraint(String table, UniqueDef unique) { drop(table, unique); }
    @Override public void addForeignKey(String table, ForeignKeyDef fk) { add(table, fk); }
    @Override public void dropForeignKey(String table, ForeignKeyDef fk) { drop(table, fk); }
    @Override public void addCheck(String table, CheckDef check) { add(table, check); }
    @Override public void dropCheck(String table, CheckDef check) { drop(table, check); }

    @Override public void createSequence(String sequence, long start, long increment) {
        apply(new CreateSequence(new Sequence(sequence, start, increment)));
    }

    @Override public void dropSequence(String sequence) {
        apply(new DropSequence(schema.sequence(sequence).orElseGet(() -> new Sequence(sequence, 1, 1))));
    }

    @Override public void alterSequence(String sequence, long increment) {
        Sequence s = schema.sequence(sequence).orElseThrow(() ->
                new ModelException("sequence " + sequence + " does not exist"));
        apply(new AlterSequence(s, new Sequence(s.name(), s.start(), increment)));
    }

    @Override public void setTableComment(String table, String comment) {
        apply(new SetTableComment(table, table(table).comment(), comment));
    }

    @Override public void backfill(String table, String column, String sqlExpression) {
        apply(new Backfill(table, column(table, column).name(), sqlExpression));
    }

    @Override public void execute(String sql) {
        apply(new ExecuteSql(sql, null));
    }
}
