package io.autogen.lint;

import io.autogen.model.Names;
import io.autogen.ops.AddColumn;
import io.autogen.ops.AddConstraint;
import io.autogen.ops.AlterColumn;
import io.autogen.ops.AlterSequence;
import io.autogen.ops.Backfill;
import io.autogen.ops.CreateSequence;
import io.autogen.ops.CreateTable;
import io.autogen.ops.DropColumn;
import io.autogen.ops.DropConstraint;
import io.autogen.ops.DropSequence;
import io.autogen.ops.DropTable;
import io.autogen.ops.ExecuteSql;
import io.autogen.ops.Operation;
import io.autogen.ops.OperationVisitor;
import io.autogen.ops.RenameColumn;
import io.autogen.ops.RenameTable;
import io.autogen.ops.SetTableComment;
import java.util.HashSet;
import java.util.Set;

/**
 * The tables a migration creates, followed operation by operation ({@link #see}): they hold no rows, so what may
 * fail on rows or lock a busy table is neither a finding nor a reason for a safe form there.
 */
final class CreatedTables implements OperationVisitor<Void> {
    private final Set<String> created = new HashSet<>();

    /** Takes note of what {@code op} creates. */
    void see(Operation op) {
        op.accept(this);
    }

    boolean contains(String table) {
        return created.contains(Names.key(table));
    }

    @Override public Void createTable(CreateTable op) {
        created.add(Names.key(op.table()));
        return null;
    }

    @Override public Void renameTable(RenameTable op) {
        if (contains(op.from())) {
            created.add(Names.key(op.to())); // still new, under its new name
        }
        return null;
    }

    // none of these creates a table
    @Override public Void dropTable(DropTable op) { return null; }
    @Override public Void addColumn(AddColumn op) { return null; }
    @Override public Void dropColumn(DropColumn op) { return null; }
    @Override public Void alterColumn(AlterColumn op) { return null; }
    @Override public Void addConstraint(AddConstraint op) { return null; }
    @Override public Void dropConstraint(DropConstraint op) { return null; }
    @Override public Void createSequence(CreateSequence op) { return null; }
    @Override public Void dropSequence(DropSequence op) { return null; }
    @Override public Void alterSequence(AlterSequence op) { return null; }
    @Override public Void setTableComment(SetTableComment op) { return null; }
    @Override public Void executeSql(ExecuteSql op) { return null; }
    @Override public Void renameColumn(RenameColumn op) { return null; }
    @Override public Void backfill(Backfill op) { return null; }
}
