package io.autogen.lint;

import io.autogen.runtime.Facts;

import io.autogen.model.Check;
import io.autogen.model.Column;
import io.autogen.model.ConstraintVisitor;
import io.autogen.model.ForeignKey;
import io.autogen.model.Index;
import io.autogen.model.PrimaryKey;
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
import io.autogen.ops.OperationVisitor;
import io.autogen.ops.Phases;
import io.autogen.ops.RenameColumn;
import io.autogen.ops.RenameTable;
import io.autogen.ops.SetTableComment;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * The safer alternative of a finding, written instead of the plain form, where the table holds rows (or its rows
 * are not known): the same rows that make a finding decide the form, so that an empty or new table keeps the
 * plain, one-line, transactional migration.
 * <ul>
 * <li>AG301, any database: a NOT NULL column without a default becomes add nullable, backfill (for the reviewer to
 * fill in), set NOT NULL. With a default ({@code @ColumnDefault}) the plain form stays: the default fills the rows.
 * <li>AG302, where DDL locks a busy table (PostgreSQL): an existing column made NOT NULL through a check added
 * NOT VALID and validated first, so that SET NOT NULL skips its scan under the exclusive lock. Where rows hold
 * NULL in it (any database), a backfill for the reviewer to fill in comes first, and the plain form after it.
 * <li>AG401, AG402, AG303, AG403, AG404, where DDL locks a busy table (PostgreSQL): indexes created and dropped
 * CONCURRENTLY, unique keys added USING an index built so, foreign keys and checks added NOT VALID then
 * validated; the revision then runs outside a transaction, with the steps that destroy data last
 * ({@link Phases}). Unnamed constraints keep the plain form (the online one must name them again).
 * </ul>
 */
public final class SafeForms {
    private final Linter.Target target;
    private final Facts facts;

    public SafeForms(Linter.Target target, Facts facts) {
        this.target = target;
        this.facts = facts;
    }

    public List<Operation> apply(List<Operation> ops) {
        CreatedTables created = new CreatedTables();
        List<Operation> out = new ArrayList<>();
        for (Operation op : ops) {
            created.see(op);
            boolean rows = op.table() != null && mayHoldRows(op.table(), created);
            out.addAll(rows ? op.accept(new SafeForm(out)) : List.of(op));
        }
        // a revision outside a transaction runs what destroys data last, with the version rows: written so too
        return Phases.outsideTransaction(out) ? Phases.destructiveLast(out) : out;
    }

    /** The form of an operation on a table that may hold rows; {@code before}: the forms written so far. */
    private final class SafeForm implements OperationVisitor<List<Operation>> {
        private final List<Operation> before;

        SafeForm(List<Operation> before) {
            this.before = before;
        }

        @Override public List<Operation> addColumn(AddColumn a) {
            if (!requiresRows(a.column())) {
                return List.of(a);
            }
            Column c = a.column();
            return List.of(new AddColumn(a.table(), c.withNullable(true)), new Backfill(a.table(), c.name(), null),
                    new AlterColumn(a.table(), c.withNullable(true), c));
        }

        @Override public List<Operation> alterColumn(AlterColumn a) {
            if (!onlyNowNotNull(a) || Backfill.fills(before, a.table(), a.to().name())) {
                return List.of(a);
            }
            if (facts.nulls(a.table(), a.from().name()).orElse(0) > 0) {
                // rows hold NULL: the NOT NULL would fail on them, so the repair is left for the reviewer first
                return List.of(new Backfill(a.table(), a.to().name(), null), a);
            }
            return List.of(target.locks() ? new AlterColumn(a.table(), a.from(), a.to(), true) : a);
        }

        @Override public List<Operation> addConstraint(AddConstraint a) {
            boolean online = target.locks() && a.constraint().name() != null && a.constraint().accept(ONLINE_ADD);
            return List.of(online ? new AddConstraint(a.table(), a.constraint(), true) : a);
        }

        @Override public List<Operation> dropConstraint(DropConstraint d) {
            boolean online = target.locks() && d.constraint() instanceof Index && d.constraint().name() != null;
            return List.of(online ? new DropConstraint(d.table(), d.constraint(), true) : d);
        }

        // no safer form
        @Override public List<Operation> createTable(CreateTable op) { return List.of(op); }
        @Override public List<Operation> dropTable(DropTable op) { return List.of(op); }
        @Override public List<Operation> dropColumn(DropColumn op) { return List.of(op); }
        @Override public List<Operation> createSequence(CreateSequence op) { return List.of(op); }
        @Override public List<Operation> dropSequence(DropSequence op) { return List.of(op); }
        @Override public List<Operation> alterSequence(AlterSequence op) { return List.of(op); }
        @Override public List<Operation> setTableComment(SetTableComment op) { return List.of(op); }
        @Override public List<Operation> executeSql(ExecuteSql op) { return List.of(op); }
        @Override public List<Operation> renameColumn(RenameColumn op) { return List.of(op); }
        @Override public List<Operation> renameTable(RenameTable op) { return List.of(op); }
        @Override public List<Operation> backfill(Backfill op) { return List.of(op); }
    }

    /** The kinds with an online form of their add: all but the primary key (PostgreSQL has none for it). */
    private static final ConstraintVisitor<Boolean> ONLINE_ADD = new ConstraintVisitor<>() {
        @Override public Boolean primaryKey(PrimaryKey c) { return false; }
        @Override public Boolean index(Index c) { return true; }
        @Override public Boolean uniqueKey(UniqueKey c) { return true; }
        @Override public Boolean foreignKey(ForeignKey c) { return true; }
        @Override public Boolean check(Check c) { return true; }
    };

    /** A change to NOT NULL and nothing else (the online form is for that alone). */
    private static boolean onlyNowNotNull(AlterColumn a) {
        return a.from().nullable() && !a.to().nullable() && a.from().withNullable(false).equals(a.to());
    }

    /** A NOT NULL column that rows have no value for: no default, not generated. */
    private static boolean requiresRows(Column c) {
        return !c.nullable() && c.defaultValue() == null && !c.identity();
    }

    private boolean mayHoldRows(String table, CreatedTables created) {
        if (created.contains(table)) {
            return false;
        }
        OptionalLong n = facts.rows(table);
        return n.isEmpty() || n.getAsLong() > 0;
    }
}
