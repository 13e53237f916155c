package io.autogen.ops;

import java.util.ArrayList;
import java.util.List;

/**
 * The order a revision that runs outside a transaction runs in, written the same way in its file: every step that
 * keeps data, in its order, then the steps that destroy data ({@link Operation#dataLoss()}), which run last in one
 * transaction with the version rows, so that nothing is lost while a step before them can still fail.
 */
public final class Phases {
    private Phases() {}

    /** {@code ops} with the steps that destroy data moved last, each group in its own order. */
    public static List<Operation> destructiveLast(List<Operation> ops) {
        List<Operation> out = new ArrayList<>();
        ops.stream().filter(op -> !last(op)).forEach(out::add);
        ops.stream().filter(Phases::last).forEach(out::add);
        return out;
    }

    /** True for a step that runs last, inside the transaction that moves the version: it destroys data. */
    public static boolean last(Operation op) {
        return op.dataLoss() != null && !op.outsideTransaction();
    }

    /** True when {@code ops} hold a step that must run outside a transaction. */
    public static boolean outsideTransaction(List<Operation> ops) {
        return ops.stream().anyMatch(Operation::outsideTransaction);
    }
}
