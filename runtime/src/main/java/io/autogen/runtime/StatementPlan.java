package io.autogen.runtime;

import io.autogen.dialect.SqlEmitter;

import io.autogen.model.Names;
import io.autogen.model.Schema;
import io.autogen.ops.Operation;
import io.autogen.ops.SchemaApplier;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a migration's operations into statements, for every backend that runs SQL (the database and the
 * {@code --sql} script), so that both see the same statements. Operations in a row that each rebuild the same
 * table (SQLite) become one rebuild: the rows are copied once, from the table before the first to the table
 * after the last.
 */
final class StatementPlan {
    private final SqlEmitter emitter;
    private String rebuildTable;
    private Schema rebuildFrom;
    private Schema rebuildTo;

    StatementPlan(SqlEmitter emitter) {
        this.emitter = emitter;
    }

    /** The statements that can be run now for {@code op}; a rebuild is held back until {@link #finish}. */
    List<String> add(Operation op, Schema before) {
        String table = emitter.rebuilds(op, before);
        Schema after = table == null ? null : SchemaApplier.apply(before, op);
        if (table != null && rebuildTable != null && Names.key(table).equals(Names.key(rebuildTable))) {
            rebuildTo = after;
            return List.of();
        }
        List<String> out = new ArrayList<>(finish());
        if (table != null) {
            rebuildTable = table;
            rebuildFrom = before;
            rebuildTo = after;
        } else {
            out.addAll(emitter.statements(op, before));
        }
        return out;
    }

    /** The rebuild held back, if any: called before anything else touches the database, and at the end. */
    List<String> finish() {
        if (rebuildTable == null) {
            return List.of();
        }
        List<String> out = emitter.rebuild(rebuildTable, rebuildFrom, rebuildTo);
        rebuildTable = null;
        rebuildFrom = null;
        rebuildTo = null;
        return out;
    }
}
