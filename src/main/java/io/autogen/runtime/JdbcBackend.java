package io.autogen.runtime;

import io.autogen.dialect.Dialect;
import io.autogen.error.DatabaseException;
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

/** Executes operations over JDBC, inside the caller's transaction. */
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

    public JdbcBackend(Connection connection, Dialect dialect, String schemaName) {
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
            queue(plan.add(op, before));
            return SchemaApplier.apply(before, op);
        } catch (SQLException e) {
            throw new StatementFailed(executed.isEmpty() ? "" : executed.get(executed.size() - 1), e);
        }
    }

    private void queue(List<String> statements) throws SQLException {
        for (String sql : statements) {
            if (table != null) {
                tables.putIfAbsent(sql, table);
            }
            if (dialect.reportsViolations(sql)) {
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
