package io.autogen.diff;

import io.autogen.model.Constraint;
import io.autogen.model.ForeignKey;
import io.autogen.model.Names;
import io.autogen.model.PrimaryKey;
import io.autogen.model.Table;
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
import io.autogen.ops.OperationVisitor;
import io.autogen.ops.RenameColumn;
import io.autogen.ops.RenameTable;
import io.autogen.ops.SetTableComment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The one place that decides statement order. Each phase has its reason; within a phase, operations are sorted by
 * table and object name so that the same diff always renders the same file. Because the phases are symmetric,
 * the reversed list (the downgrade) is in a valid order too.
 */
public final class OperationOrder {
    private OperationOrder() {}

    private static final int RENAME_TABLE = -2;   // first: every later operation names things as they become
    private static final int RENAME_COLUMN = -1;  // after table renames: a column rename names the table's new name
    private static final int DROP_FK = 0;        // frees the tables and columns the next phases drop
    private static final int DROP_CONSTRAINT = 1; // indexes, uniques, checks and keys go before their columns
    private static final int DROP_TABLE = 2;      // children before parents (FKs inside a dropped table go with it)
    private static final int DROP_COLUMN = 3;
    private static final int CREATE_SEQUENCE = 4; // sequences before the tables whose defaults may use them
    private static final int CREATE_TABLE = 5;    // parents before children
    private static final int ADD_COLUMN = 6;
    private static final int BACKFILL = 7;        // between a column's nullable add and its NOT NULL
    private static final int ALTER_COLUMN = 8;    // after adds: a new key may need a column made not null first
    private static final int ADD_CONSTRAINT = 9;  // keys, uniques, checks and indexes once their columns exist
    private static final int ADD_FK = 10;         // last: every referenced table and key exists by now
    private static final int COMMENT = 11;
    private static final int DROP_SEQUENCE = 12;  // after the tables that used them have changed
    private static final int RAW = 13;

    public static List<Operation> order(List<Operation> ops) {
        Placement placement = new Placement();
        ops.forEach(op -> op.accept(placement));
        Map<Integer, List<Operation>> phases = new TreeMap<>();
        placement.phases.forEach((phase, placed) -> phases.put(phase, placed.stream()
                .sorted(Comparator.comparing(Placed::sortKey)).map(Placed::op)
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new))));
        List<Operation> extraAddFks = new ArrayList<>();
        List<Operation> extraDropFks = new ArrayList<>();
        List<Operation> createSorted = createOrder(placement.creates, extraAddFks);
        List<Operation> dropSorted = dropOrder(placement.drops, extraDropFks);
        phases.computeIfAbsent(ADD_FK, k -> new ArrayList<>()).addAll(extraAddFks);
        phases.computeIfAbsent(DROP_FK, k -> new ArrayList<>()).addAll(0, extraDropFks);
        phases.put(CREATE_TABLE, createSorted);
        phases.put(DROP_TABLE, dropSorted);
        List<Operation> out = new ArrayList<>();
        phases.values().forEach(out::addAll);
        return out;
    }

    /** An operation in its phase; within a phase, operations sort by table, then by the object they change. */
    private record Placed(Operation op, String sortKey) {}

    /**
     * The phase of every operation: tables are collected to be sorted by their foreign keys, every other operation
     * goes to its phase with the name it sorts by.
     */
    private static final class Placement implements OperationVisitor<Void> {
        final Map<Integer, List<Placed>> phases = new TreeMap<>();
        final List<CreateTable> creates = new ArrayList<>();
        final List<DropTable> drops = new ArrayList<>();

        private Void put(int phase, Operation op, String object) {
            String table = op.table() == null ? "" : Names.key(op.table());
            phases.computeIfAbsent(phase, k -> new ArrayList<>())
                    .add(new Placed(op, table + "\u0000" + Names.key(object)));
            return null;
        }

        @Override public Void createTable(CreateTable op) {
            creates.add(op);
            return null;
        }

        @Override public Void dropTable(DropTable op) {
            drops.add(op);
            return null;
        }

        @Override public Void addColumn(AddColumn op) { return put(ADD_COLUMN, op, op.column().name()); }
        @Override public Void dropColumn(DropColumn op) { return put(DROP_COLUMN, op, op.column().name()); }
        @Override public Void alterColumn(AlterColumn op) { return put(ALTER_COLUMN, op, op.from().name()); }

        @Override public Void addConstraint(AddConstraint op) {
            Constraint c = op.constraint();
            return put(c instanceof ForeignKey ? ADD_FK : ADD_CONSTRAINT, op, constraintKey(c));
        }

        @Override public Void dropConstraint(DropConstraint op) {
            Constraint c = op.constraint();
            return put(c instanceof ForeignKey ? DROP_FK : DROP_CONSTRAINT, op, constraintKey(c));
        }

        @Override public Void createSequence(CreateSequence op) {
            return put(CREATE_SEQUENCE, op, op.sequence().name());
        }

        @Override public Void dropSequence(DropSequence op) { return put(DROP_SEQUENCE, op, op.sequence().name()); }
        @Override public Void alterSequence(AlterSequence op) { return put(CREATE_SEQUENCE, op, op.to().name()); }
        @Override public Void setTableComment(SetTableComment op) { return put(COMMENT, op, ""); }
        @Override public Void executeSql(ExecuteSql op) { return put(RAW, op, ""); }
        @Override public Void renameTable(RenameTable op) { return put(RENAME_TABLE, op, ""); }
        @Override public Void renameColumn(RenameColumn op) { return put(RENAME_COLUMN, op, op.from()); }
        @Override public Void backfill(Backfill op) { return put(BACKFILL, op, op.column()); }
    }

    private static String constraintKey(Constraint c) {
        // primary keys first among a table's constraints, then by name, then by definition
        return (c instanceof PrimaryKey ? "0" : "1") + (c.name() == null ? "" : c.name()) + "\u0000" + c;
    }

    /**
     * Parents before children. A cycle is broken at the table with the smallest name: its foreign keys to tables
     * not created yet leave its {@code CREATE TABLE} and are added once all tables exist.
     */
    private static List<Operation> createOrder(List<CreateTable> creates, List<Operation> deferredFks) {
        Map<String, Table> pending = new TreeMap<>();
        creates.forEach(c -> pending.put(Names.key(c.table()), c.definition()));
        List<Operation> out = new ArrayList<>();
        while (!pending.isEmpty()) {
            String next = pending.keySet().stream()
                    .filter(k -> dependsOn(pending.get(k), pending.keySet(), k).isEmpty())
                    .findFirst().orElse(null);
            if (next == null) {
                next = pending.keySet().iterator().next();
                Table t = pending.get(next);
                Set<String> others = new HashSet<>(pending.keySet());
                others.remove(next);
                List<ForeignKey> keep = new ArrayList<>();
                for (ForeignKey f : t.foreignKeys()) {
                    if (others.contains(Names.key(f.refTable()))) {
                        deferredFks.add(new AddConstraint(t.name(), f));
                    } else {
                        keep.add(f);
                    }
                }
                pending.put(next, t.withForeignKeys(keep));
            }
            out.add(new CreateTable(pending.remove(next)));
        }
        return out;
    }

    /** Children before parents; a cycle is broken by dropping foreign keys first (the mirror of createOrder). */
    private static List<Operation> dropOrder(List<DropTable> drops, List<Operation> earlyFkDrops) {
        Map<String, Table> pending = new TreeMap<>();
        drops.forEach(d -> pending.put(Names.key(d.table()), d.definition()));
        List<Operation> reversed = new ArrayList<>();
        // Build the create order of the dropped tables, then reverse it: drops mirror creates exactly.
        List<Operation> asCreates = createOrder(
                pending.values().stream().map(CreateTable::new).toList(), new ArrayList<>());
        Map<String, Table> stripped = new LinkedHashMap<>();
        for (Operation op : asCreates) {
            Table t = ((CreateTable) op).definition();
            stripped.put(Names.key(t.name()), t);
        }
        for (Map.Entry<String, Table> e : pending.entrySet()) {
            Table full = e.getValue();
            Table kept = stripped.get(e.getKey());
            for (ForeignKey f : full.foreignKeys()) {
                if (!kept.foreignKeys().contains(f)) {
                    earlyFkDrops.add(new DropConstraint(full.name(), f));
                }
            }
        }
        for (Operation op : asCreates) {
            reversed.add(0, new DropTable(((CreateTable) op).definition()));
        }
        return reversed;
    }

    private static Set<String> dependsOn(Table t, Set<String> pending, String self) {
        Set<String> deps = new HashSet<>();
        for (ForeignKey f : t.foreignKeys()) {
            String r = Names.key(f.refTable());
            if (!r.equals(self) && pending.contains(r)) {
                deps.add(r);
            }
        }
        return deps;
    }
}
