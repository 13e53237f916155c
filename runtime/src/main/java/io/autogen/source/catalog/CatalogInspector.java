package io.autogen.source.catalog;

import io.autogen.model.Schema;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads a live catalog into the model with a fixed number of bulk queries, whatever the number of tables. */
public interface CatalogInspector {
    /**
     * @param schema the schema to read (PostgreSQL), or null for the connection's default
     */
    Schema inspect(Connection connection, String schema) throws SQLException;

    /** What one row of a bulk catalog query adds to the model being read. */
    interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    /** Runs {@code sql} with {@code schema} as its one parameter and hands each row to {@code row}. */
    static void query(Connection c, String sql, String schema, Row row) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    row.read(rs);
                }
            }
        }
    }
}
