package io.autogen.diff;

import io.autogen.dialect.DiffHints;

import io.autogen.model.Check;
import io.autogen.model.Names;
import io.autogen.model.Schema;
import io.autogen.model.Table;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Databases re-spell the checks they store (PostgreSQL keeps {@code kind in ('A','B')} as
 * {@code (kind)::text = ANY ((ARRAY['A'::character varying, ...])::text[])}). A drop derived from the catalog
 * carries that spelling into the inverse that re-creates the check; this puts back the spelling the migrations
 * wrote wherever the two mean the same.
 */
public final class CheckSpelling {
    private CheckSpelling() {}

    /** True when {@code op} drops a check, alone or with its table: its inverse re-creates the check. */
    public static boolean dropsCheck(Operation op) {
        return op.accept(DROPS_CHECK);
    }

    private static final OperationVisitor<Boolean> DROPS_CHECK = new OperationVisitor<>() {
        @Override public Boolean dropConstraint(DropConstraint op) { return op.constraint() instanceof Check; }
        @Override public Boolean dropTable(DropTable op) { return !op.definition().checks().isEmpty(); }
        @Override public Boolean createTable(CreateTable op) { return false; }
        @Override public Boolean addColumn(AddColumn op) { return false; }
        @Override public Boolean dropColumn(DropColumn op) { return false; }
        @Override public Boolean alterColumn(AlterColumn op) { return false; }
        @Override public Boolean addConstraint(AddConstraint op) { return false; }
        @Override public Boolean createSequence(CreateSequence op) { return false; }
        @Override public Boolean dropSequence(DropSequence op) { return false; }
        @Override public Boolean alterSequence(AlterSequence op) { return false; }
        @Override public Boolean setTableComment(SetTableComment op) { return false; }
        @Override public Boolean executeSql(ExecuteSql op) { return false; }
        @Override public Boolean renameColumn(RenameColumn op) { return false; }
        @Override public Boolean renameTable(RenameTable op) { return false; }
        @Override public Boolean backfill(Backfill op) { return false; }
    };

    /** {@code live} with each check's expression as {@code written} spells it, where the two are equivalent. */
    public static Schema asWritten(Schema live, Schema written, DiffHints hints) {
        List<Table> tables = new ArrayList<>();
        for (Table t : live.tables()) {
            Optional<Table> w = written.table(t.name());
            if (w.isEmpty()) {
                tables.add(t);
                continue;
            }
            List<Check> checks = new ArrayList<>();
            for (Check c : t.checks()) {
                String meaning = hints.normaliseCheck(c.expression());
                checks.add(w.get().checks().stream()
                        .filter(x -> hints.normaliseCheck(x.expression()).equals(meaning))
                        .filter(x -> x.name() == null || c.name() == null || Names.key(x.name()).equals(Names.key(c.name())))
                        .findFirst().map(x -> new Check(c.name(), x.expression())).orElse(c));
            }
            tables.add(t.withChecks(checks));
        }
        return new Schema(tables, live.sequences());
    }
}
