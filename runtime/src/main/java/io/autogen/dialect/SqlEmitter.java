package io.autogen.dialect;

import io.autogen.model.Schema;
import io.autogen.ops.Operation;
import java.util.List;

/** The plan role of a dialect: the statements that carry out one operation on a schema that is {@code before}. */
public interface SqlEmitter {
    List<String> statements(Operation op, Schema before);

    /** The table {@code op} rebuilds whole (copying its rows), or null when it alters it in place. */
    default String rebuilds(Operation op, Schema before) {
        return null;
    }

    /** The statements that rebuild {@code table} from what it is in {@code before} into what it is in {@code after}. */
    default List<String> rebuild(String table, Schema before, Schema after) {
        throw new UnsupportedOperationException("this database alters tables in place");
    }

    String quote(String identifier);

    /**
     * The statements that remove what a failed run of {@code op} may have left where it runs outside a transaction
     * (an online form's NOT VALID constraint, the INVALID index of a failed concurrent build), each harmless when
     * nothing is left; run in autocommit before the steps done before it are undone.
     */
    default List<String> cleanup(Operation op) {
        return List.of();
    }

    /**
     * True for a query whose rows are statements to run in turn (psql's {@code \gexec}): a step that depends on
     * what the database holds, such as dropping an INVALID index a failed concurrent build left.
     */
    default boolean generates(String sql) {
        return false;
    }

    /**
     * A query whose one row is the database's estimate of how many rows {@code table} holds (kept by its statistics,
     * read without a scan), or null where the database keeps none; used past an exact count's limit.
     */
    default String rowEstimate(String table) {
        return null;
    }

    /**
     * {@code sql} as a script the database's own client runs prints it: terminated by {@code ;} by default; a dialect
     * whose {@link #generates} queries its client runs otherwise says how.
     */
    default String scriptStatement(String sql) {
        return sql + ";";
    }
}
