/**
 * The comparator: current schema × desired schema → ordered operations. The walk is written once
 * ({@link io.autogen.diff.Comparator}); dialects only answer small questions through {@link io.autogen.dialect.DiffHints};
 * statement order is decided in one place ({@link io.autogen.diff.OperationOrder}).
 */
package io.autogen.diff;
