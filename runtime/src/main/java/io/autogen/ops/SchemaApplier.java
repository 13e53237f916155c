package io.autogen.ops;

import io.autogen.error.ModelException;
import io.autogen.model.Check;
import io.autogen.model.Column;
import io.autogen.model.Constraint;
import io.autogen.model.ConstraintVisitor;
import io.autogen.model.ForeignKey;
import io.autogen.model.Index;
import io.autogen.model.Names;
import io.autogen.model.PrimaryKey;
import io.autogen.model.Schema;
import io.autogen.model.Sequence;
import io.autogen.model.Table;
import io.autogen.model.UniqueKey;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The model-apply rule of every operation: what the schema looks like after it. This is the backend that lets
 * the offline check replay migrations without a database, and what keeps the other backends' view current.
 */
public final class SchemaApplier implements OperationVisitor<Schema> {
    private final Schema schema;

    private SchemaApplier(Schema schema) {
        this.schema = schema;
    }

    public static Schema apply(Schema schema, Operation op) {
        return op.accept(new SchemaApplier(schema));
    }

    public static Schema applyAll(Schema schema, List<Operation> ops) {
        Schema s = schema;
        for (Operation op : ops) {
            s = apply(s, op);
        }
        return s;
    }

    private Table require(String table) {
        return schema.table(table).orElseThrow(() -> new ModelException("table " + table + " does not exist"));
    }

    private Schema replace(String table, UnaryOperator<Table> change) {
        Table t = require(table);
        List<Table> tables = new ArrayList<>(schema.tables());
        tables.set(tables.indexOf(t), change.apply(t));
        return new Schema(tables, schema.sequences());
    }

    @Override public Schema createTable(CreateTable op) {
        if (schema.table(op.table()).isPresent()) {
            throw new ModelException("table " + op.table() + " already exists");
        }
        Table t = op.definition();
        List<Constraint> all = new ArrayList<>(t.indexes());
        all.addAll(t.uniqueKeys());
        all.addAll(t.foreignKeys());
        if (t.primaryKey() != null) {
            all.add(t.primaryKey());
        }
        all.forEach(c -> requireColumns(t, c));
        new SchemaNames(schema).claimTable(t);
        List<Table> tables = new ArrayList<>(schema.tables());
        tables.add(t);
        return new Schema(tables, schema.sequences());
    }

    @Override public Schema dropTable(DropTable op) {
        Table t = require(op.table());
        List<Table> tables = new ArrayList<>(schema.tables());
        tables.remove(t);
        return new Schema(tables, schema.sequences());
    }

    @Override public Schema addColumn(AddColumn op) {
        return replace(op.table(), t -> {
            if (t.column(op.column().name()).isPresent()) {
                throw new ModelException("column " + op.table() + "." + op.column().name() + " already exists");
            }
            List<Column> cols = new ArrayList<>(t.columns());
            cols.add(op.column());
            return t.withColumns(cols);
        });
    }

    @Override public Schema dropColumn(DropColumn op) {
        return replace(op.table(), t -> {
            Column c = t.column(op.column().name()).orElseThrow(() -> new ModelException(
                    "column " + op.table() + "." + op.column().name() + " does not exist"));
            List<Column> cols = new ArrayList<>(t.columns());
            cols.remove(c);
            return t.withColumns(cols);
        });
    }

    @Override public Schema alterColumn(AlterColumn op) {
        return replace(op.table(), t -> {
            t.column(op.from().name()).orElseThrow(() -> new ModelException(
                    "column " + op.table() + "." + op.from().name() + " does not exist"));
            return t.mapColumn(op.from().name(), c -> op.to());
        });
    }

    @Override public Schema addConstraint(AddConstraint op) {
        new SchemaNames(schema).claim(require(op.table()), op.constraint());
        return replace(op.table(), t -> withConstraint(t, op.constraint(), true));
    }

    @Override public Schema dropConstraint(DropConstraint op) {
        return replace(op.table(), t -> withConstraint(t, op.constraint(), false));
    }

    /** Adds or removes one constraint; removal matches by name when both have one, else by definition. */
    static Table withConstraint(Table t, Constraint c, boolean add) {
        if (add) {
            requireColumns(t, c);
        }
        return c.accept(new ConstraintVisitor<Table>() {
            @Override public Table primaryKey(PrimaryKey pk) {
                if (add && t.primaryKey() != null) {
                    throw new ModelException("table " + t.name() + " already has a primary key");
                }
                return t.withPrimaryKey(add ? pk : null);
            }

            @Override public Table index(Index i) {
                return t.withIndexes(edit(t.indexes(), i, add, t.name()));
            }

            @Override public Table uniqueKey(UniqueKey u) {
                return t.withUniqueKeys(edit(t.uniqueKeys(), u, add, t.name()));
            }

            @Override public Table foreignKey(ForeignKey f) {
                return t.withForeignKeys(edit(t.foreignKeys(), f, add, t.name()));
            }

            @Override public Table check(Check k) {
                return t.withChecks(edit(t.checks(), k, add, t.name()));
            }
        });
    }

    private static <C extends Constraint> List<C> edit(List<C> list, C c, boolean add, String table) {
        List<C> out = new ArrayList<>(list);
        if (add) {
            out.add(c);
            return out;
        }
        C found = list.stream().filter(x -> sameConstraint(x, c)).findFirst().orElseThrow(() ->
                new ModelException("table " + table + " has no " + describe(c)));
        out.remove(found);
        return out;
    }

    /** A key or index naming a column its table lacks is refused here, before any SQL (SQLite would take it). */
    private static void requireColumns(Table t, Constraint c) {
        for (String col : c.accept(LOCAL_COLUMNS)) {
            if (t.column(col).isEmpty()) {
                throw new ModelException(describe(c) + " on " + t.name() + " names column " + col
                        + ", which " + t.name() + " does not have");
            }
        }
    }

    /** The columns of its own table a constraint names. */
    private static final ConstraintVisitor<List<String>> LOCAL_COLUMNS = new ConstraintVisitor<>() {
        @Override public List<String> primaryKey(PrimaryKey c) { return c.columns(); }
        @Override public List<String> index(Index c) { return c.columns(); }
        @Override public List<String> uniqueKey(UniqueKey c) { return c.columns(); }
        @Override public List<String> foreignKey(ForeignKey c) { return c.columns(); }
        @Override public List<String> check(Check c) { return List.of(); } // a check's expression is not parsed
    };

    static boolean sameConstraint(Constraint a, Constraint b) {
        if (a.name() != null && b.name() != null) {
            return Names.key(a.name()).equals(Names.key(b.name()));
        }
        return a.equals(b);
    }

    static String describe(Constraint c) {
        String kind = c.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
        return c.name() == null ? kind + " " + c : kind + " " + c.name();
    }

    @Override public Schema createSequence(CreateSequence op) {
        if (schema.sequence(op.sequence().name()).isPresent()) {
            throw new ModelException("sequence " + op.sequence().name() + " already exists");
        }
        List<Sequence> seqs = new ArrayList<>(schema.sequences());
        seqs.add(op.sequence());
        return new Schema(schema.tables(), seqs);
    }

    @Override public Schema dropSequence(DropSequence op) {
        Sequence s = schema.sequence(op.sequence().name()).orElseThrow(() ->
                new ModelException("sequence " + op.sequence().name() + " does not exist"));
        List<Sequence> seqs = new ArrayList<>(schema.sequences());
        seqs.remove(s);
        return new Schema(schema.tables(), seqs);
    }

    @Override public Schema alterSequence(AlterSequence op) {
        Sequence s = schema.sequence(op.from().name()).orElseThrow(() ->
                new ModelException("sequence " + op.from().name() + " does not exist"));
        List<Sequence> seqs = new ArrayList<>(schema.sequences());
        seqs.set(seqs.indexOf(s), op.to());
        return new Schema(schema.tables(), seqs);
    }

    @Override public Schema setTableComment(SetTableComment op) {
        return replace(op.table(), t -> t.withComment(op.to()));
    }

    @Override public Schema renameColumn(RenameColumn op) {
        Table t = require(op.table());
        t.column(op.from()).orElseThrow(() -> new ModelException(
                "column " + op.table() + "." + op.from() + " does not exist"));
        if (!Names.key(op.from()).equals(Names.key(op.to()))
                && t.column(op.to()).isPresent()) {
            throw new ModelException("column " + op.table() + "." + op.to() + " already exists");
        }
        return Renaming.renameColumn(schema, op.table(), op.from(), op.to());
    }

    @Override public Schema renameTable(RenameTable op) {
        Table t = require(op.from());
        if (!Names.key(op.from()).equals(Names.key(op.to()))) {
            Schema without = dropTable(new DropTable(t));
            new SchemaNames(without).claim(op.to(), "table " + op.to());
        }
        return Renaming.renameTable(schema, op.from(), op.to());
    }

    @Override public Schema backfill(Backfill op) {
        if (!op.undo()) {
            require(op.table()).column(op.column()).orElseThrow(() -> new ModelException(
                    "column " + op.table() + "." + op.column() + " does not exist"));
        }
        return schema; // values only: the schema stays as it is
    }

    @Override public Schema executeSql(ExecuteSql op) {
        return schema; // opaque: the offline model cannot know what hand-written SQL does
    }
}
