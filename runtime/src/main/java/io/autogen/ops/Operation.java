package io.autogen.ops;

/**
 * One schema change. {@link #reverse()} is an involution: {@code op.reverse().reverse().equals(op)}.
 * A new operation is added here, and the visitor then makes the compiler list every place that must handle it.
 */
public sealed interface Operation permits CreateTable, DropTable, AddColumn, DropColumn, AlterColumn,
        AddConstraint, DropConstraint, CreateSequence, DropSequence, AlterSequence, SetTableComment, ExecuteSql,
        RenameColumn, RenameTable, Backfill {

    Operation reverse();

    <R> R accept(OperationVisitor<R> visitor);

    /** The table this operation touches, or null (sequences, raw SQL). */
    String table();

    /** What data this operation loses, for the reviewer; null when it loses none. */
    default String dataLoss() {
        return null;
    }

    /**
     * True when this operation's form must run outside a transaction where the database cares (PostgreSQL's
     * CONCURRENTLY), so that its revision says {@code transactional = false}.
     */
    default boolean outsideTransaction() {
        return false;
    }
}
