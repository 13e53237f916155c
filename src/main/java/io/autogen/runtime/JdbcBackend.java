package io.autogen.runtime;

import io.autogen.dialect.Dialect;
import io.autogen.error.DatabaseException;
import io.autogen.model.Schema;
import io.autogen.ops.CreateTable;
import io.autogen.ops.DropTable;
import io.autogen.ops.ExecuteSql;
import io.autogen.ops.Operation;
import io.autogen.ops.SchemaApplier;
import io.autogen.source.catalog.TableFilter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Executes operations over JDBC, inside the caller's transaction. */
public final class JdbcBackend implements Backend {
    private final Connection connection;
    private final Dialect dialect;
    private final String schemaName;
    private final List<String> executed = new ArrayList<>();

    public JdbcBackend(Connection connection, Dialect dialect, String schemaName) {
        this.connection = connection;
        this.dialect = dialect;
        this.schemaName = schemaName;
    }

    /** Statements run so far; the last one is the one that failed when a failure is thrown. */
    public List<String> executed() {
        return List.copyOf(executed);
    }

    @Override public Schema apply(Operation op, Schema before) {
        List<String> statements = dialect.emitter().statements(op, before);
        try {
            List<String> restore = rebuilds(op, statements)
                    ? dialect.preservedAcrossRebuild(connection, op.table()) : List.of();
            try (Statement st = connection.createStatement()) {
                for (String sql : statements) {
                    run(st, sql);
                }
                for (String sql : restore) {
                    run(st, sql);
                }
            }
            if (op instanceof ExecuteSql) {
                return inspect(); // hand-written SQL: only the catalog knows what it did
            }
            return SchemaApplier.apply(before, op);
        } catch (SQLException e) {
            throw new StatementFailed(executed.isEmpty() ? "" : executed.get(executed.size() - 1), e);
        }
    }

    private void run(Statement st, String sql) throws SQLException {
        executed.add(sql);
        if (st.execute(sql)) {
            try (ResultSet rs = st.getResultSet()) {
                if (rs.next()) { // only integrity checks return rows: any row is a violation
                    throw new SQLException("foreign key check failed after the table rebuild: row " + rs.getObject(2)
                            + " of " + rs.getString(1) + " references a missing row of " + rs.getString(3));
                }
            }
        }
    }

    private static boolean rebuilds(Operation op, List<String> statements) {
        if (op.table() == null || op instanceof CreateTable || op instanceof DropTable) {
            return false;
        }
        return statements.stream().anyMatch(s -> s.startsWith("drop table "));
    }

    public Schema inspect() {
        try {
            return TableFilter.none().apply(dialect.inspector().inspect(connection, schemaName));
        } catch (SQLException e) {
            throw new DatabaseException("cannot read the database catalog: " + e.getMessage(), e);
        }
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
    }
}
