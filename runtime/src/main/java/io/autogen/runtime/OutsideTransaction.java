package io.autogen.runtime;

import io.autogen.dialect.SqlEmitter;

import io.autogen.dialect.Dialect;
import io.autogen.error.ModelException;
import io.autogen.model.Column;
import io.autogen.model.Names;
import io.autogen.model.Schema;
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
import io.autogen.ops.Phases;
import io.autogen.ops.RenameColumn;
import io.autogen.ops.RenameTable;
import io.autogen.ops.SchemaApplier;
import io.autogen.ops.SetTableComment;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * How a revision that runs outside a transaction ({@code transactional = false}) changes nothing when it fails.
 * <ol>
 * <li>What can refuse it without touching the database runs before its first statement: its replay on the model
 * of the live catalog (with the statements each step would send, which an unfilled backfill refuses), and the rows
 * a NOT NULL, a unique key or a narrower type would refuse ({@link #refusal}).
 * <li>Its steps run in the order {@link Phases#split} gives: those that nothing could take back once committed
 * (dropping a column or a table, narrowing a type, filling a column that was there) last, in one transaction with
 * the version rows, so that nothing is lost or left changed while a step can still fail.
 * <li>When a step before them fails, what it may have left ({@link SqlEmitter#cleanup}) and what the steps before
 * it did are undone, in reverse ({@link #undo}); a step nothing can undo (a backfill of a column that was there
 * before, hand-written SQL without a reverse) is named.
 * </ol>
 */
final class OutsideTransaction {
    private OutsideTransaction() {}

    /** A step carried out, with the schema before and after it (for its undo). */
    record Done(Operation op, Schema before, Schema after) {}

    /**
     * Records what {@code migration} does from {@code start} without touching the database. A step an earlier,
     * undone-in-part attempt already carried out is kept (the backend skips it again) rather than refused.
     */
    static final class Recorder implements Backend {
        final List<Operation> ops = new ArrayList<>();

        @Override public Schema apply(Operation op, Schema before) {
            ops.add(op);
            try {
                return SchemaApplier.apply(before, op);
            } catch (ModelException e) {
                if (JdbcBackend.doneAlready(op, before)) {
                    return before;
                }
                throw e;
            }
        }
    }

    /**
     * Why the database would refuse {@code ops} (in the order they run) from {@code start}, found before any of
     * them runs; empty when nothing is known against them. {@code facts} reads rows in the caller's transaction.
     */
    static Optional<String> refusal(List<Operation> ops, Schema start, SqlEmitter emitter, JdbcFacts facts) {
        Schema state = start;
        boolean rowsChanged = false; // rows a step before this one may have changed: their checks are not known
        for (Operation op : ops) {
            Schema next;
            try {
                next = SchemaApplier.apply(state, op);
            } catch (ModelException e) {
                if (JdbcBackend.doneAlready(op, state)) {
                    continue; // an earlier run, stopped half-way, carried it out: the backend skips it
                }
                return Optional.of(e.getMessage());
            }
            try {
                emitter.statements(op, state); // an unfilled backfill refuses here
            } catch (ModelException e) {
                return Optional.of(e.getMessage());
            }
            state = next;
            if (!rowsChanged) {
                Optional<String> rows = rowsRefusing(op, start, facts);
                if (rows.isPresent()) {
                    return rows;
                }
            }
            rowsChanged |= op.accept(CHANGES_ROWS);
        }
        return Optional.empty();
    }

    /**
     * True for a step that writes rows (a backfill, hand-written SQL): after it, the rows a later step's NOT NULL,
     * unique key or narrower type would meet are not the ones read before the run.
     */
    static final OperationVisitor<Boolean> CHANGES_ROWS = new OperationVisitor<>() {
        @Override public Boolean backfill(Backfill op) { return true; }
        @Override public Boolean executeSql(ExecuteSql op) { return true; }
        @Override public Boolean createTable(CreateTable op) { return false; }
        @Override public Boolean dropTable(DropTable op) { return false; }
        @Override public Boolean addColumn(AddColumn op) { return false; }
        @Override public Boolean dropColumn(DropColumn op) { return false; }
        @Override public Boolean alterColumn(AlterColumn op) { return false; }
        @Override public Boolean addConstraint(AddConstraint op) { return false; }
        @Override public Boolean dropConstraint(DropConstraint op) { return false; }
        @Override public Boolean createSequence(CreateSequence op) { return false; }
        @Override public Boolean dropSequence(DropSequence op) { return false; }
        @Override public Boolean alterSequence(AlterSequence op) { return false; }
        @Override public Boolean setTableComment(SetTableComment op) { return false; }
        @Override public Boolean renameColumn(RenameColumn op) { return false; }
        @Override public Boolean renameTable(RenameTable op) { return false; }
    };

    /** The rows of a table that was there before the revision that {@code op} would refuse, if any. */
    private static Optional<String> rowsRefusing(Operation op, Schema start, JdbcFacts facts) {
        if (op.table() == null || start.table(op.table()).isEmpty()) {
            return Optional.empty();
        }
        return op.accept(new RowsRefusing(start.table(op.table()).orElseThrow(), facts));
    }

    /**
     * The rows of {@code t} (there before the revision) that a step would refuse: NULLs under a NOT NULL, values
     * too wide for a narrower type, duplicates under a unique key. The other steps refuse no row.
     */
    private static final class RowsRefusing implements OperationVisitor<Optional<String>> {
        private final Table t;
        private final JdbcFacts facts;

        RowsRefusing(Table t, JdbcFacts facts) {
            this.t = t;
            this.facts = facts;
        }

        @Override public Optional<String> alterColumn(AlterColumn a) {
            if (t.column(a.from().name()).isEmpty()) {
                return Optional.empty();
            }
            String table = a.table();
            Column from = t.column(a.from().name()).orElseThrow();
            if (from.nullable() && !a.to().nullable()) {
                long n = known(facts.nulls(table, from.name()));
                if (n > 0) {
                    return Optional.of(rows(n) + " of " + table + " " + (n == 1 ? "holds" : "hold") + " NULL in "
                            + from.name() + ", which its NOT NULL refuses: fill " + (n == 1 ? "it" : "them")
                            + " first (op.backfill before the alterColumn), or keep the column nullable");
                }
            }
            if (!from.type().equals(a.to().type())) {
                long n = known(facts.tooWide(table, from.name(), a.to().type()));
                if (n > 0) {
                    return Optional.of(rows(n) + " of " + table + " " + (n == 1 ? "holds a value" : "hold values")
                            + " of " + from.name() + " too wide for " + a.to().type() + ": shorten "
                            + (n == 1 ? "it" : "them") + " first, or keep the wider type");
                }
            }
            return Optional.empty();
        }

        @Override public Optional<String> addConstraint(AddConstraint a) {
            List<String> columns = a.uniqueColumns();
            if (columns != null && columns.stream().allMatch(c -> t.column(c).isPresent())) {
                String table = a.table();
                long n = known(facts.duplicates(table, columns));
                if (n > 0) {
                    return Optional.of(rows(n) + " of " + table + " share their " + String.join(", ", columns)
                            + " with another row, which the unique key " + a.constraint().name() + " refuses: make"
                            + " them unique first, or leave the key out");
                }
            }
            return Optional.empty();
        }

        @Override public Optional<String> createTable(CreateTable op) { return Optional.empty(); }
        @Override public Optional<String> dropTable(DropTable op) { return Optional.empty(); }
        @Override public Optional<String> addColumn(AddColumn op) { return Optional.empty(); }
        @Override public Optional<String> dropColumn(DropColumn op) { return Optional.empty(); }
        @Override public Optional<String> dropConstraint(DropConstraint op) { return Optional.empty(); }
        @Override public Optional<String> createSequence(CreateSequence op) { return Optional.empty(); }
        @Override public Optional<String> dropSequence(DropSequence op) { return Optional.empty(); }
        @Override public Optional<String> alterSequence(AlterSequence op) { return Optional.empty(); }
        @Override public Optional<String> setTableComment(SetTableComment op) { return Optional.empty(); }
        @Override public Optional<String> executeSql(ExecuteSql op) { return Optional.empty(); }
        @Override public Optional<String> renameColumn(RenameColumn op) { return Optional.empty(); }
        @Override public Optional<String> renameTable(RenameTable op) { return Optional.empty(); }
        @Override public Optional<String> backfill(Backfill op) { return Optional.empty(); }
    }

    private static long known(OptionalLong n) {
        return n.orElse(0);
    }

    private static String rows(long n) {
        return n == 1 ? "1 row" : n + " rows";
    }

    /**
     * Undoes what a failed run did, on a connection in autocommit: first what the failed step may have left
     * ({@code failed}, null when the failure was in no step), then the steps done, in reverse. Returns what could
     * not be undone, for the message; an undo that itself fails is reported with what is left.
     */
    static List<String> undo(Connection c, Dialect dialect, String schemaName, Operation failed, List<Done> done)
            throws SQLException {
        List<String> kept = new ArrayList<>();
        JdbcBackend backend = new JdbcBackend(c, dialect, schemaName, false);
        if (failed != null) {
            try (Statement st = c.createStatement()) {
                for (String sql : dialect.emitter().cleanup(failed)) {
                    st.execute(sql);
                }
            }
            Schema live = backend.inspect();
            if (failed.accept(PART_DONE) && JdbcBackend.doneAlready(failed, live)) {
                backend.apply(failed.reverse(), live); // its first statement ran, a later one (a comment, a row) failed
            }
        }
        for (int i = done.size() - 1; i >= 0; i--) {
            Done d = done.get(i);
            String irreversible = irreversible(d.op(), done.subList(0, i));
            if (irreversible != null) {
                kept.add(irreversible);
                continue;
            }
            backend.apply(d.op().reverse(), d.after());
        }
        backend.flush();
        return kept;
    }

    /**
     * True for a step whose first statement makes what it adds, and a later one (a comment, a row) can fail after
     * it: what it added is there after its failure, and its reverse takes it away. A failed step of another kind
     * leaves only what {@link SqlEmitter#cleanup} removes.
     */
    static final OperationVisitor<Boolean> PART_DONE = new OperationVisitor<>() {
        @Override public Boolean createTable(CreateTable op) { return true; }
        @Override public Boolean addColumn(AddColumn op) { return true; }
        @Override public Boolean dropTable(DropTable op) { return false; }
        @Override public Boolean dropColumn(DropColumn op) { return false; }
        @Override public Boolean alterColumn(AlterColumn op) { return false; }
        @Override public Boolean addConstraint(AddConstraint op) { return false; }
        @Override public Boolean dropConstraint(DropConstraint op) { return false; }
        @Override public Boolean createSequence(CreateSequence op) { return false; }
        @Override public Boolean dropSequence(DropSequence op) { return false; }
        @Override public Boolean alterSequence(AlterSequence op) { return false; }
        @Override public Boolean setTableComment(SetTableComment op) { return false; }
        @Override public Boolean executeSql(ExecuteSql op) { return false; }
        @Override public Boolean renameColumn(RenameColumn op) { return false; }
        @Override public Boolean renameTable(RenameTable op) { return false; }
        @Override public Boolean backfill(Backfill op) { return false; }
    };

    /** What {@code op} did that its reverse does not undo, or null; {@code before}: the steps done before it. */
    static String irreversible(Operation op, List<Done> before) {
        return op.accept(new Irreversible(before));
    }

    /**
     * What a step did that its reverse does not undo, or null: the values a backfill wrote over a column that was
     * there before, and hand-written SQL without a reverse. Every other step's reverse undoes it.
     */
    private static final class Irreversible implements OperationVisitor<String> {
        private final List<Done> before;

        Irreversible(List<Done> before) {
            this.before = before;
        }

        @Override public String backfill(Backfill b) {
            if (b.undo()) {
                return null;
            }
            boolean added = before.stream().anyMatch(d -> d.op() instanceof AddColumn a
                    && Names.key(a.table()).equals(Names.key(b.table()))
                    && Names.key(a.column().name()).equals(Names.key(b.column())));
            return added ? null : "the backfill of " + b.table() + "." + b.column() + " (the values it wrote stay)";
        }

        @Override public String executeSql(ExecuteSql e) {
            if (e.reverseSql() == null && !e.sql().isBlank()) {
                return "op.execute(\"" + e.sql() + "\") (it has no reverse)";
            }
            return null;
        }

        @Override public String createTable(CreateTable op) { return null; }
        @Override public String dropTable(DropTable op) { return null; }
        @Override public String addColumn(AddColumn op) { return null; }
        @Override public String dropColumn(DropColumn op) { return null; }
        @Override public String alterColumn(AlterColumn op) { return null; }
        @Override public String addConstraint(AddConstraint op) { return null; }
        @Override public String dropConstraint(DropConstraint op) { return null; }
        @Override public String createSequence(CreateSequence op) { return null; }
        @Override public String dropSequence(DropSequence op) { return null; }
        @Override public String alterSequence(AlterSequence op) { return null; }
        @Override public String setTableComment(SetTableComment op) { return null; }
        @Override public String renameColumn(RenameColumn op) { return null; }
        @Override public String renameTable(RenameTable op) { return null; }
    }
}
