package io.autogen.ops;

import io.autogen.model.Names;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The order a revision that runs outside a transaction runs in, written the same way in its file: first every step
 * that an undo can take back, in its order, each committed on its own; then, in one transaction with the version
 * rows, the steps that nothing could take back once committed: those that destroy data ({@link Operation#dataLoss()}),
 * and the backfill of a column the revision did not add (its old NULLs would be gone) with the NOT NULL that
 * follows it. So nothing is lost, and nothing is left changed, while a step can still fail.
 */
public final class Phases {
    private Phases() {}

    /** The steps of a revision outside a transaction: those that run first, and those that run last, together. */
    public record Split(List<Operation> first, List<Operation> last) {
        public List<Operation> all() {
            List<Operation> out = new ArrayList<>(first);
            out.addAll(last);
            return out;
        }
    }

    public static Split split(List<Operation> ops) {
        List<Operation> first = new ArrayList<>(), last = new ArrayList<>();
        Set<String> added = new HashSet<>(), filledLast = new HashSet<>();
        for (Operation op : ops) {
            boolean late;
            if (op instanceof AddColumn a) {
                added.add(key(a.table(), a.column().name()));
                late = false;
            } else if (op instanceof Backfill b && !b.undo()) {
                late = !added.contains(key(b.table(), b.column()));
                if (late) {
                    filledLast.add(key(b.table(), b.column()));
                }
            } else if (op instanceof AlterColumn a && !a.outsideTransaction()) {
                late = op.dataLoss() != null || filledLast.contains(key(a.table(), a.from().name()));
            } else {
                late = op.dataLoss() != null && !op.outsideTransaction();
            }
            (late ? last : first).add(op);
        }
        return new Split(first, last);
    }

    /** {@code ops} in the order they run ({@link #split}). */
    public static List<Operation> destructiveLast(List<Operation> ops) {
        return split(ops).all();
    }

    /** True when {@code ops} hold a step that must run outside a transaction. */
    public static boolean outsideTransaction(List<Operation> ops) {
        return ops.stream().anyMatch(Operation::outsideTransaction);
    }

    private static String key(String table, String column) {
        return Names.key(table) + "." + Names.key(column);
    }
}
