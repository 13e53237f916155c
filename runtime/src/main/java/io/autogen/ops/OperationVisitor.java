package io.autogen.ops;

/** One method per operation: renderers, SQL emitters and the model applier implement it. */
public interface OperationVisitor<R> {
    R createTable(CreateTable op);
    R dropTable(DropTable op);
    R addColumn(AddColumn op);
    R dropColumn(DropColumn op);
    R alterColumn(AlterColumn op);
    R addConstraint(AddConstraint op);
    R dropConstraint(DropConstraint op);
    R createSequence(CreateSequence op);
    R dropSequence(DropSequence op);
    R alterSequence(AlterSequence op);
    R setTableComment(SetTableComment op);
    R executeSql(ExecuteSql op);
    R renameColumn(RenameColumn op);
    R renameTable(RenameTable op);
    R backfill(Backfill op);
}
