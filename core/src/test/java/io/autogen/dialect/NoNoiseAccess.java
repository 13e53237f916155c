package io.autogen.dialect;

import io.autogen.ops.Operation;

/** What other test packages may use of {@link NoNoiseTest}. */
public final class NoNoiseAccess {
    private NoNoiseAccess() {}

    /** @see NoNoiseTest#hibernateSqliteGap */
    public static boolean hibernateSqliteGap(Operation op) {
        return NoNoiseTest.hibernateSqliteGap(op);
    }
}
