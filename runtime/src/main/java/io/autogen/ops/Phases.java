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
        Late late = new Late();
        for (Operation op : ops) {
            (op.accept(late) ? last : first).add(op);
        }
        return new Split(first, last);
    }

    /**
     * True for a step that runs last, in the transaction with the version rows: one that loses data (unless it must
     * run outside a transaction itself), the backfill of a column the revision did not add, and the alter of a column
     * so backfilled (its NOT NULL follows the backfill).
     */
    private static final class Late implements OperationVisitor<Boolean> {
        private final Set<String> added = new HashSet<>(), filledLast = new HashSet<>();

        private static boolean losesData(Operation op) {
            return op.dataLoss() != null && !op.outsideTransaction();
        }

        @Override public Boolean addColumn(AddColumn op) {
            added.add(key(op.table(), op.column().name()));
            return false;
        }

        @Override public Boolean backfill(Backfill op) {
            if (op.undo()) {
                return losesData(op);
            }
            boolean late = !added.contains(key(op.table(), op.column()));
            if (late) {
                filledLast.add(key(op.table(), op.column()));
            }
            return late;
        }

        @Override public Boolean alterColumn(AlterColumn op) {
            if (op.outsideTransaction()) {
                return losesData(op);
            }
            return op.dataLoss() != null || filledLast.contains(key(op.table(), op.from().name()));
        }

        @Override public Boolean createTable(CreateTable op) { return losesData(op); }
        @Override public Boolean dropTable(DropTable op) { return losesData(op); }
        @Override public Boolean dropColumn(DropColumn op) { return losesData(op); }
        @Override public Boolean addConstraint(AddConstraint op) { return losesData(op); }
        @Override public Boolean dropConstraint(DropConstraint op) { return losesData(op); }
        @Override public Boolean createSequence(CreateSequence op) { return losesData(op); }
        @Override public Boolean dropSequence(DropSequence op) { return losesData(op); }
        @Override public Boolean alterSequence(AlterSequence op) { return losesData(op); }
        @Override public Boolean setTableComment(SetTableComment op) { return losesData(op); }
        @Override public Boolean executeSql(ExecuteSql op) { return losesData(op); }
        @Override public Boolean renameColumn(RenameColumn op) { return losesData(op); }
        @Override public Boolean renameTable(RenameTable op) { return losesData(op); }
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
