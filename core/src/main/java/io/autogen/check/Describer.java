package io.autogen.check;

import io.autogen.model.Check;
import io.autogen.model.Column;
import io.autogen.model.Constraint;
import io.autogen.model.ConstraintVisitor;
import io.autogen.model.ForeignKey;
import io.autogen.model.Index;
import io.autogen.model.PrimaryKey;
import io.autogen.model.UniqueKey;
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
import io.autogen.ops.OperationVisitor;
import io.autogen.ops.RenameColumn;
import io.autogen.ops.RenameTable;
import io.autogen.ops.SetTableComment;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One operation as a sentence about what differs. {@code have} names the side that has what the operation adds
 * ("the entities"), {@code lack} the side that lacks it ("the migrations", "the database").
 */
final class Describer implements OperationVisitor<String> {
    private final String have;
    private final String lack;

    Describer(String have, String lack) {
        this.have = have;
        this.lack = lack;
    }

    @Override public String createTable(CreateTable op) {
        return "table " + op.table() + " is in " + have + " but not in " + lack;
    }

    @Override public String dropTable(DropTable op) {
        return "table " + op.table() + " is in " + lack + " but not in " + have;
    }

    @Override public String addColumn(AddColumn op) {
        return "column " + op.table() + "." + op.column().name() + " (" + op.column().type() + ") is in " + have
                + " but not in " + lack;
    }

    @Override public String dropColumn(DropColumn op) {
        return "column " + op.table() + "." + op.column().name() + " is in " + lack + " but not in " + have;
    }

    @Override public String alterColumn(AlterColumn op) {
        Column a = op.from(), b = op.to();
        List<String> diffs = new ArrayList<>();
        if (op.typeChanged()) diffs.add("type " + a.type() + " -> " + b.type());
        if (op.nullableChanged()) diffs.add(b.nullable() ? "not null -> nullable" : "nullable -> not null");
        if (op.defaultChanged()) diffs.add("default " + a.defaultValue() + " -> " + b.defaultValue());
        if (op.commentChanged()) diffs.add("comment " + quote(a.comment()) + " -> " + quote(b.comment()));
        if (op.identityChanged()) diffs.add(b.identity() ? "not identity -> identity" : "identity -> not identity");
        return "column " + op.table() + "." + a.name() + " differs (" + lack + " -> " + have + "): "
                + String.join(", ", diffs);
    }

    private static String quote(String s) {
        return s == null ? "none" : "'" + s + "'";
    }

    private static String what(Constraint c) {
        return c.accept(WHAT);
    }

    private static final ConstraintVisitor<String> WHAT = new ConstraintVisitor<>() {
        @Override public String primaryKey(PrimaryKey pk) {
            return "primary key (" + String.join(", ", pk.columns()) + ")";
        }

        @Override public String index(Index i) {
            return (i.unique() ? "unique index " : "index ") + Objects.toString(i.name(), "") + " ("
                    + String.join(", ", i.columns()) + ")";
        }

        @Override public String foreignKey(ForeignKey f) {
            return "foreign key (" + String.join(", ", f.columns()) + ") -> " + f.refTable()
                    + (f.onDelete() == null ? "" : " on delete " + f.onDelete());
        }

        @Override public String check(Check k) {
            return "check (" + k.expression() + ")";
        }

        @Override public String uniqueKey(UniqueKey u) {
            return "unique constraint (" + String.join(", ", u.columns()) + ")";
        }
    };

    @Override public String addConstraint(AddConstraint op) {
        return what(op.constraint()) + " on " + op.table() + " is in " + have + " but not in " + lack;
    }

    @Override public String dropConstraint(DropConstraint op) {
        return what(op.constraint()) + " on " + op.table() + " is in " + lack + " but not in " + have;
    }

    @Override public String createSequence(CreateSequence op) {
        return "sequence " + op.sequence().name() + " is in " + have + " but not in " + lack;
    }

    @Override public String dropSequence(DropSequence op) {
        return "sequence " + op.sequence().name() + " is in " + lack + " but not in " + have;
    }

    @Override public String alterSequence(AlterSequence op) {
        return "sequence " + op.to().name() + " increments by " + op.from().increment() + " in " + lack + " and by "
                + op.to().increment() + " in " + have;
    }

    @Override public String setTableComment(SetTableComment op) {
        return "comment of table " + op.table() + " differs: " + quote(op.from()) + " -> " + quote(op.to());
    }

    @Override public String renameColumn(RenameColumn op) {
        return "column " + op.table() + "." + op.from() + " is named " + op.to() + " in " + have;
    }

    @Override public String renameTable(RenameTable op) {
        return "table " + op.from() + " is named " + op.to() + " in " + have;
    }

    @Override public String backfill(Backfill op) {
        return "the NULLs of " + op.table() + "." + op.column() + " are filled in";
    }

    @Override public String executeSql(ExecuteSql op) {
        return "hand-written SQL: " + op.sql();
    }
}
