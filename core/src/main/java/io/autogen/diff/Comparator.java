package io.autogen.diff;

import io.autogen.dialect.DiffHints;

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
import io.autogen.ops.AddColumn;
import io.autogen.ops.AddConstraint;
import io.autogen.ops.AlterColumn;
import io.autogen.ops.AlterSequence;
import io.autogen.ops.CreateSequence;
import io.autogen.ops.CreateTable;
import io.autogen.ops.DropColumn;
import io.autogen.ops.DropConstraint;
import io.autogen.ops.DropSequence;
import io.autogen.ops.DropTable;
import io.autogen.ops.Operation;
import io.autogen.ops.RenameColumn;
import io.autogen.ops.RenameTable;
import io.autogen.ops.SchemaApplier;
import io.autogen.ops.SetTableComment;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Diffs the schema as it is against the schema as the entities want it, into operations that
 * {@link OperationOrder} then puts in an order a database accepts. Produces operations only: no text, no SQL.
 */
public final class Comparator {
    private final DiffHints hints;

    public Comparator(DiffHints hints) {
        this.hints = hints;
    }

    /** The ordered operations that take {@code current} to {@code desired}. */
    public List<Operation> compare(Schema current, Schema desired) {
        return compare(current, desired, List.of());
    }

    /**
     * The ordered operations that take {@code current} to {@code desired}, where each of {@code renames} is a
     * rename (first, so that what follows names things as they become) instead of a drop and an add.
     */
    public List<Operation> compare(Schema current, Schema desired, List<RenameCandidate> renames) {
        List<Operation> ops = new ArrayList<>();
        Schema renamed = current;
        for (RenameCandidate r : renames.stream().sorted(java.util.Comparator.comparing(r -> !r.isTable())).toList()) {
            Operation op = r.isTable() ? new RenameTable(r.from(), r.to()) : new RenameColumn(r.table(), r.from(), r.to());
            renamed = SchemaApplier.apply(renamed, op);
            ops.add(op);
        }
        ops.addAll(diff(renamed, desired));
        return OperationOrder.order(ops);
    }

    /**
     * Likely renames: per table, each column only the database has next to each column only the entities have,
     * of the same type; each table only the database has next to each table only the entities have, with the same
     * column names and types. Sorted, so that a prompt asks in a stable order.
     */
    public List<RenameCandidate> renameCandidates(Schema current, Schema desired) {
        List<RenameCandidate> out = new ArrayList<>();
        Matching<Table> tables = Matching.of(current.tables(), desired.tables(), t -> Names.key(t.name()));
        for (Table gone : tables.onlyCurrent()) {
            for (Table added : tables.onlyDesired()) {
                if (sameColumns(gone, added)) {
                    out.add(RenameCandidate.table(gone.name(), added.name()));
                }
            }
        }
        for (Matching.Pair<Table> p : tables.pairs()) {
            Matching<Column> cols = Matching.of(p.current().columns(), p.desired().columns(), c -> Names.key(c.name()));
            for (Column gone : cols.onlyCurrent()) {
                for (Column added : cols.onlyDesired()) {
                    if (hints.normaliseType(gone.type()).equals(hints.normaliseType(added.type()))) {
                        out.add(RenameCandidate.column(p.current().name(), gone.name(), added.name()));
                    }
                }
            }
        }
        out.sort(java.util.Comparator.comparing((RenameCandidate r) -> !r.isTable())
                .thenComparing(r -> Names.key(r.table())).thenComparing(r -> Names.key(r.from()))
                .thenComparing(r -> Names.key(r.to())));
        return out;
    }

    private boolean sameColumns(Table a, Table b) {
        if (a.columns().size() != b.columns().size()) {
            return false;
        }
        for (Column c : a.columns()) {
            var other = b.column(c.name());
            if (other.isEmpty() || !hints.normaliseType(c.type()).equals(hints.normaliseType(other.get().type()))) {
                return false;
            }
        }
        return true;
    }

    private List<Operation> diff(Schema current, Schema desired) {
        List<Operation> ops = new ArrayList<>();
        Matching<Table> tables = Matching.of(current.tables(), desired.tables(), t -> Names.key(t.name()));
        tables.onlyDesired().forEach(t -> ops.add(new CreateTable(t)));
        tables.onlyCurrent().forEach(t -> ops.add(new DropTable(t)));
        for (Matching.Pair<Table> p : tables.pairs()) {
            compareTable(p.current(), p.desired(), ops);
        }
        if (hints.supportsSequences()) {
            Matching<Sequence> seqs = Matching.of(current.sequences(), desired.sequences(), s -> Names.key(s.name()));
            seqs.onlyDesired().forEach(s -> ops.add(new CreateSequence(s)));
            seqs.onlyCurrent().forEach(s -> ops.add(new DropSequence(s)));
            for (Matching.Pair<Sequence> p : seqs.pairs()) {
                if (p.current().increment() != p.desired().increment()) {
                    // the start only matters when a sequence is created; the increment must match allocationSize
                    ops.add(new AlterSequence(p.current(), new Sequence(p.current().name(), p.current().start(),
                            p.desired().increment())));
                }
            }
        }
        return ops;
    }

    private void compareTable(Table cur, Table des, List<Operation> ops) {
        String t = cur.name();
        Matching<Column> cols = Matching.of(cur.columns(), des.columns(), c -> Names.key(c.name()));
        cols.onlyDesired().forEach(c -> ops.add(new AddColumn(t, c)));
        cols.onlyCurrent().forEach(c -> ops.add(new DropColumn(t, c)));
        for (Matching.Pair<Column> p : cols.pairs()) {
            Column target = comparable(p.current(), p.desired());
            if (!p.current().equals(target)) { // comparable() already folded what the database cannot tell apart
                ops.add(new AlterColumn(t, p.current(), target));
            }
        }
        comparePrimaryKey(cur, des, ops);
        compareUniqueness(cur, des, ops);
        constraints(t, cur.foreignKeys(), des.foreignKeys(), this::foreignKeyKey, ops);
        constraints(t, cur.checks(), des.checks(), c -> hints.normaliseCheck(c.expression()), ops);
        if (hints.supportsComments() && !Objects.equals(cur.comment(), des.comment())) {
            ops.add(new SetTableComment(t, cur.comment(), des.comment()));
        }
    }

    /**
     * The desired column as the migration should set it, keeping as it is whatever the database cannot tell
     * apart: the same type or default spelt differently, and what this dialect cannot hold (comments, identity on
     * SQLite). So an alter only ever shows real changes.
     */
    private Column comparable(Column cur, Column des) {
        Column c = des.withName(cur.name());
        if (hints.normaliseType(cur.type()).equals(hints.normaliseType(des.type()))) {
            c = c.withType(cur.type());
        }
        if (Objects.equals(hints.normaliseDefault(cur.defaultValue()), hints.normaliseDefault(des.defaultValue()))) {
            c = c.withDefault(cur.defaultValue());
        }
        if (!hints.supportsComments()) {
            c = c.withComment(cur.comment());
        }
        if (!hints.comparesIdentity()) {
            c = c.withIdentity(cur.identity());
        }
        return c;
    }


    private void comparePrimaryKey(Table cur, Table des, List<Operation> ops) {
        PrimaryKey a = cur.primaryKey(), b = des.primaryKey();
        List<String> ka = a == null ? null : Names.keys(a.columns());
        List<String> kb = b == null ? null : Names.keys(b.columns());
        if (Objects.equals(ka, kb)) {
            return;
        }
        if (a != null) {
            ops.add(new DropConstraint(cur.name(), a));
        }
        if (b != null) {
            ops.add(new AddConstraint(cur.name(), b));
        }
    }

    /**
     * Unique constraints and unique indexes both make columns unique, and databases turn one into the other
     * (PostgreSQL exports {@code @Index(unique=true)} as a constraint): a uniqueness on the same columns matches
     * either kind, so only a real change is reported.
     */
    private void compareUniqueness(Table cur, Table des, List<Operation> ops) {
        List<Constraint> curU = new ArrayList<>(cur.uniqueKeys());
        List<Constraint> desU = new ArrayList<>(des.uniqueKeys());
        cur.indexes().stream().filter(Index::unique).forEach(curU::add);
        des.indexes().stream().filter(Index::unique).forEach(desU::add);
        constraints(cur.name(), curU, desU, c -> "u" + Names.keys(columns(c)), ops);
        List<Index> curI = cur.indexes().stream().filter(i -> !i.unique()).toList();
        List<Index> desI = des.indexes().stream().filter(i -> !i.unique()).toList();
        constraints(cur.name(), curI, desI, i -> "i" + Names.keys(i.columns()), ops);
    }

    private static List<String> columns(Constraint c) {
        return c.accept(UNIQUE_COLUMNS);
    }

    /** The columns of a uniqueness: a unique key or a unique index, which are all {@code compareUniqueness} holds. */
    private static final ConstraintVisitor<List<String>> UNIQUE_COLUMNS = new ConstraintVisitor<>() {
        @Override public List<String> index(Index c) { return c.columns(); }
        @Override public List<String> uniqueKey(UniqueKey c) { return c.columns(); }
        @Override public List<String> primaryKey(PrimaryKey c) { throw notUniqueness(c); }
        @Override public List<String> foreignKey(ForeignKey c) { throw notUniqueness(c); }
        @Override public List<String> check(Check c) { throw notUniqueness(c); }

        private IllegalArgumentException notUniqueness(Constraint c) {
            return new IllegalArgumentException("not a unique key or index: " + c);
        }
    };

    private Object foreignKeyKey(ForeignKey f) {
        return List.of(Names.keys(f.columns()), Names.key(f.refTable()), Names.keys(f.refColumns()),
                String.valueOf(f.onDelete()));
    }

    private static <C extends Constraint> void constraints(String table, List<C> cur, List<C> des,
                                                           java.util.function.Function<C, ?> key,
                                                           List<Operation> ops) {
        Matching<C> m = Matching.of(cur, des, key);
        m.onlyCurrent().forEach(c -> ops.add(new DropConstraint(table, c)));
        m.onlyDesired().forEach(c -> ops.add(new AddConstraint(table, c)));
    }
}
