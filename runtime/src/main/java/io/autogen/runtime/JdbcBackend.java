package io.autogen.runtime;

import io.autogen.dialect.Dialect;
import io.autogen.error.DatabaseException;
import io.autogen.error.ModelException;
import io.autogen.model.Schema;
import io.autogen.ops.ExecuteSql;
import io.autogen.ops.Operation;
import io.autogen.ops.SchemaApplier;
import io.autogen.source.catalog.TableFilter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Executes operations over JDBC, inside the caller's transaction; or, for a revision that runs outside one
 * ({@code transactional} false), one statement at a time on a connection in autocommit, where an operation an
 * earlier, failed attempt already carried out is found in the catalog and skipped, and the online forms, whose
 * statements are safe to run again, always run.
 */
public final class JdbcBackend implements Backend {
    private final Connection connection;
    private final Dialect dialect;
    private final String schemaName;
    private final List<String> executed = new ArrayList<>();
    private final List<String> pending = new ArrayList<>();
    /** The table of the operation each statement sent (or held back) belongs to, for a lock timeout's message. */
    private final java.util.Map<String, String> tables = new java.util.HashMap<>();
    private String table;
    private final StatementPlan plan;

    private final boolean transactional;

    public JdbcBackend(Connection connection, Dialect dialect, String schemaName) {
        this(connection, dialect, schemaName, true);
    }

    public JdbcBackend(Connection connection, Dialect dialect, String schemaName, boolean transactional) {
        this.transactional = transactional;
        this.connection = connection;
        this.dialect = dialect;
        this.schemaName = schemaName;
        this.plan = new StatementPlan(dialect.emitter());
    }


    @Override public Schema apply(Operation op, Schema before) {
        table = op.table();
        try {
            if (op instanceof ExecuteSql) {
                flush();
                try (Statement st = connection.createStatement()) {
                    for (String sql : dialect.emitter().statements(op, before)) {
                        executed.add(sql);
                        st.execute(sql);
                    }
                }
                return inspect(); // hand-written SQL: only the catalog knows what it did
            }
            if (op.outsideTransaction() && transactional && dialect.runsOutsideTransactions()) {
                throw new ModelException("the online form of " + op.table() + " (CONCURRENTLY or"
                        + " NOT VALID) must run outside a transaction: add transactional = false to the @Revision");
            }
            Schema after;
            try {
                after = SchemaApplier.apply(before, op);
            } catch (ModelException e) {
                if (transactional || !doneAlready(op, before)) {
                    throw e;
                }
                if (!op.outsideTransaction()) {
                    return before; // an earlier attempt of this revision did it, and committed it
                }
                after = before; // its statements are safe to run again and finish what it started (VALIDATE)
            }
            queue(plan.add(op, before));
            return after;
        } catch (SQLException e) {
            throw new StatementFailed(executed.isEmpty() ? "" : executed.get(executed.size() - 1), e);
        }
    }

    /** True when the catalog already shows what {@code op} does: its inverse applies where it does not. */
    static boolean doneAlready(Operation op, Schema before) {
        try {
            SchemaApplier.apply(before, op.reverse());
            return true;
        } catch (ModelException e) {
            return false;
        }
    }

    private void queue(List<String> statements) throws SQLException {
        for (String sql : statements) {
            if (table != null) {
                tables.putIfAbsent(sql, table);
            }
            if (dialect.emitter().generates(sql)) {
                sendPending();
                generated(sql);
            } else if (!transactional || !dialect.transactionalDdl()) {
                one(sql); // outside a transaction, or where DDL commits and a batch's savepoint would not survive it
            } else if (dialect.reportsViolations(sql)) {
                sendPending();
                check(sql);
            } else {
                pending.add(sql);
            }
        }
    }

    /**
     * Sends the statements held back so far as one JDBC batch: one round trip for a whole migration's DDL instead
     * of one per statement. The migrator flushes before it writes the version tables.
     */
    public void flush() {
        try {
            queue(plan.finish());
        } catch (SQLException e) {
            throw new StatementFailed(executed.isEmpty() ? "" : executed.get(executed.size() - 1), e);
        }
        sendPending();
    }

    private void sendPending() {
        if (pending.isEmpty()) {
            return;
        }
        List<String> batch = List.copyOf(pending);
        pending.clear();
        try (Statement st = connection.createStatement()) {
            Savepoint before = connection.setSavepoint();
            try {
                for (String sql : batch) {
                    st.addBatch(sql);
                }
                st.executeBatch();
                connection.releaseSavepoint(before);
                executed.addAll(batch);
            } catch (SQLException e) {
                // Drivers disagree on how a batch reports which statement failed: replay it one by one to know.
                connection.rollback(before);
                for (String sql : batch) {
                    executed.add(sql);
                    try (Statement one = connection.createStatement()) {
                        one.execute(sql);
                    } catch (SQLException failed) {
                        throw new StatementFailed(sql, failed);
                    }
                }
                throw new StatementFailed(batch.get(batch.size() - 1), e);
            }
        } catch (SQLException e) {
            throw new StatementFailed(batch.get(batch.size() - 1), e);
        }
    }

    /** One statement, sent on its own: outside a transaction each is committed when it ends. */
    private void one(String sql) {
        executed.add(sql);
        try (Statement st = connection.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new StatementFailed(sql, e);
        }
    }

    /** Runs a query whose rows are statements, then each of them (an INVALID index's drop, say). */
    private void generated(String query) {
        executed.add(query);
        List<String> rows = new ArrayList<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(query)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new StatementFailed(query, e);
        }
        rows.forEach(this::one);
    }

    /** Every statement sent to the database so far, in order. */
    public List<String> executed() {
        return List.copyOf(executed);
    }

    /** Runs an integrity check; any row it returns is a violation. */
    private void check(String sql) throws SQLException {
        executed.add(sql);
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            if (rs.next()) {
                throw new SQLException("foreign key check failed after the table rebuild: row " + rs.getObject(2)
                        + " of " + rs.getString(1) + " references a missing row of " + rs.getString(3));
            }
        }
    }

    public Schema inspect() {
        try {
            return TableFilter.none().apply(dialect.inspector().inspect(connection, schemaName));
        } catch (SQLException e) {
            throw new DatabaseException("cannot read the database catalog: " + e.getMessage(), e);
        }
    }

    /** The table of the operation {@code statement} was sent for, or null. */
    public String tableOf(String statement) {
        return statement == null ? null : tables.get(statement);
    }

    /** A statement the database refused; carries the statement for the message. */
    public static final class StatementFailed extends RuntimeException {
        private final String statement;

        StatementFailed(String statement, SQLException cause) {
            super(cause.getMessage(), cause);
            this.statement = statement;
        }

        public String statement() {
            return statement;
        }

        public SQLException sqlException() {
            return (SQLException) getCause();
        }
    }
}
