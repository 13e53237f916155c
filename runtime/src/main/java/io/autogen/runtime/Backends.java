package io.autogen.runtime;

import io.autogen.dialect.SqlEmitter;

import io.autogen.model.Schema;
import io.autogen.ops.ExecuteSql;
import io.autogen.ops.Operation;
import io.autogen.ops.SchemaApplier;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The two backends that need no database: the in-memory model and the SQL script. */
public final class Backends {
    private Backends() {}

    /** Applies operations to the model only; remembers the raw SQL it could not replay. */
    public static final class Model implements Backend {
        private final List<ExecuteSql> opaque = new ArrayList<>();

        @Override public Schema apply(Operation op, Schema before) {
            if (op instanceof ExecuteSql e) {
                opaque.add(e);
            }
            return SchemaApplier.apply(before, op);
        }

        public List<ExecuteSql> opaque() {
            return List.copyOf(opaque);
        }
    }

    /**
     * The model, remembering each operation with the model before it and the line of the migration's source that
     * called it (from the call stack: no parsing), so that the lint can read the comments above that line.
     */
    public static final class Recording implements Backend {
        /** One operation a migration performed; {@code line} is 0 when no frame of the migration class was found. */
        public record Call(Operation op, Schema before, int line) {}

        private final String migrationClass;
        private final List<Call> calls = new ArrayList<>();

        public Recording(String migrationClass) {
            this.migrationClass = migrationClass;
        }

        @Override public Schema apply(Operation op, Schema before) {
            int line = StackWalker.getInstance().walk(frames -> frames
                    .filter(f -> f.getClassName().equals(migrationClass)).findFirst()
                    .map(StackWalker.StackFrame::getLineNumber).orElse(0));
            calls.add(new Call(op, before, line));
            return SchemaApplier.apply(before, op);
        }

        public List<Call> calls() {
            return List.copyOf(calls);
        }
    }

    /** Writes each statement, terminated, to {@code out}; the model follows along for the emitter's sake. */
    public static final class Script implements Backend {
        private final StatementPlan plan;
        private final SqlEmitter emitter;
        private final Consumer<String> out;

        public Script(SqlEmitter emitter, Consumer<String> out) {
            this.plan = new StatementPlan(emitter);
            this.emitter = emitter;
            this.out = out;
        }

        @Override public Schema apply(Operation op, Schema before) {
            Schema after = SchemaApplier.apply(before, op); // refused before a line of it is written
            plan.add(op, before).forEach(this::write);
            return after;
        }

        /** A statement as the database's script runs it (terminated; see {@link SqlEmitter#scriptStatement}). */
        private void write(String sql) {
            out.accept(emitter.scriptStatement(sql));
        }

        /** Writes what the plan held back (a rebuild); called at the end of each migration. */
        public void finish() {
            plan.finish().forEach(this::write);
        }
    }
}
