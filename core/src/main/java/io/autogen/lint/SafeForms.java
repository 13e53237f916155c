package io.autogen.lint;

import io.autogen.runtime.Facts;

import io.autogen.model.Check;
import io.autogen.model.Column;
import io.autogen.model.Constraint;
import io.autogen.model.ForeignKey;
import io.autogen.model.Index;
import io.autogen.model.Names;
import io.autogen.model.UniqueKey;
import io.autogen.ops.AddColumn;
import io.autogen.ops.AddConstraint;
import io.autogen.ops.AlterColumn;
import io.autogen.ops.Backfill;
import io.autogen.ops.CreateTable;
import io.autogen.ops.DropConstraint;
import io.autogen.ops.Operation;
import io.autogen.ops.Phases;
import io.autogen.ops.RenameTable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

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
        Set<String> created = new HashSet<>();
        List<Operation> out = new ArrayList<>();
        for (Operation op : ops) {
            if (op instanceof CreateTable c) {
                created.add(Names.key(c.table()));
            } else if (op instanceof RenameTable r && created.contains(Names.key(r.from()))) {
                created.add(Names.key(r.to()));
            }
            boolean rows = op.table() != null && mayHoldRows(op.table(), created);
            if (rows && op instanceof AddColumn a && requiresRows(a.column())) {
                Column c = a.column();
                out.add(new AddColumn(a.table(), c.withNullable(true)));
                out.add(new Backfill(a.table(), c.name(), null));
                out.add(new AlterColumn(a.table(), c.withNullable(true), c));
            } else if (rows && op instanceof AlterColumn a && onlyNowNotNull(a)
                    && facts.nulls(a.table(), a.from().name()).orElse(0) > 0
                    && !Backfill.fills(out, a.table(), a.to().name())) {
                // rows hold NULL: the NOT NULL would fail on them, so the repair is left for the reviewer first
                out.add(new Backfill(a.table(), a.to().name(), null));
                out.add(a);
            } else if (rows && target.locks() && op instanceof AddConstraint a && onlineable(a.constraint())) {
                out.add(new AddConstraint(a.table(), a.constraint(), true));
            } else if (rows && target.locks() && op instanceof AlterColumn a && onlyNowNotNull(a)
                    && !Backfill.fills(out, a.table(), a.to().name())) {
                out.add(new AlterColumn(a.table(), a.from(), a.to(), true));
            } else if (rows && target.locks() && op instanceof DropConstraint d && d.constraint() instanceof Index
                    && d.constraint().name() != null) {
                out.add(new DropConstraint(d.table(), d.constraint(), true));
            } else {
                out.add(op);
            }
        }
        // a revision outside a transaction runs what destroys data last, with the version rows: written so too
        return Phases.outsideTransaction(out) ? Phases.destructiveLast(out) : out;
    }

    /** A change to NOT NULL and nothing else (the online form is for that alone). */
    private static boolean onlyNowNotNull(AlterColumn a) {
        return a.from().nullable() && !a.to().nullable() && a.from().withNullable(false).equals(a.to());
    }

    /** A NOT NULL column that rows have no value for: no default, not generated. */
    private static boolean requiresRows(Column c) {
        return !c.nullable() && c.defaultValue() == null && !c.identity();
    }

    private static boolean onlineable(Constraint c) {
        return c.name() != null && (c instanceof Index || c instanceof UniqueKey || c instanceof ForeignKey
                || c instanceof Check);
    }

    private boolean mayHoldRows(String table, Set<String> created) {
        if (created.contains(Names.key(table))) {
            return false;
        }
        OptionalLong n = facts.rows(table);
        return n.isEmpty() || n.getAsLong() > 0;
    }
}
