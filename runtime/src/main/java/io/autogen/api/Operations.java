package io.autogen.api;

import io.autogen.api.Ddl.CheckDef;
import io.autogen.api.Ddl.ColumnDef;
import io.autogen.api.Ddl.ForeignKeyDef;
import io.autogen.api.Ddl.IndexDef;
import io.autogen.api.Ddl.PrimaryKeyDef;
import io.autogen.api.Ddl.TableElement;
import io.autogen.api.Ddl.UniqueDef;

/**
 * The operations a migration calls. Each call reads like the SQL it stands for; the same calls run against a
 * database, print SQL ({@code --sql}), or update an in-memory schema (the offline check).
 */
public interface Operations {
    void createTable(String table, TableElement... elements);

    void dropTable(String table);

    void addColumn(String table, ColumnDef column);

    void dropColumn(String table, String column);

    /** Renames a column, keeping its values; keys, indexes and foreign keys that name it follow it. */
    void renameColumn(String table, String column, String newName);

    /** Renames a table, keeping its rows; foreign keys that reference it follow it. */
    void renameTable(String table, String newName);

    /** Gives a column a new definition: type, nullability, default, comment. */
    void alterColumn(String table, ColumnDef column);

    void addPrimaryKey(String table, PrimaryKeyDef primaryKey);

    void dropPrimaryKey(String table, PrimaryKeyDef primaryKey);

    void createIndex(String table, IndexDef index);

    void dropIndex(String table, IndexDef index);

    void addUniqueConstraint(String table, UniqueDef unique);

    void dropUniqueConstraint(String table, UniqueDef unique);

    void addForeignKey(String table, ForeignKeyDef foreignKey);

    void dropForeignKey(String table, ForeignKeyDef foreignKey);

    void addCheck(String table, CheckDef check);

    void dropCheck(String table, CheckDef check);

    void createSequence(String sequence, long start, long increment);

    void dropSequence(String sequence);

    /** Sets a sequence's increment (Hibernate's allocationSize). */
    void alterSequence(String sequence, long increment);

    void setTableComment(String table, String comment);

    /**
     * Fills the NULLs of {@code table.column} with {@code sqlExpression} ({@code update ... where column is null}),
     * between adding a column nullable and making it NOT NULL. autogen writes it with {@code null} for the reviewer
     * to fill in: until then applying it fails, saying so, and {@code autogen lint} reports it as an error.
     */
    void backfill(String table, String column, String sqlExpression);

    /** Hand-written SQL, for data changes. Opaque to the offline check. */
    void execute(String sql);
}
