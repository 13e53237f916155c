package io.autogen.source.catalog;

import io.autogen.model.Schema;
import java.sql.Connection;
import java.sql.SQLException;

/** Reads a live catalog into the model with a fixed number of bulk queries, whatever the number of tables. */
public interface CatalogInspector {
    /**
     * @param schema the schema to read (PostgreSQL), or null for the connection's default
     */
    Schema inspect(Connection connection, String schema) throws SQLException;
}
