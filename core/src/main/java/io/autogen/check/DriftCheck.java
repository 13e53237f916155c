package io.autogen.check;

import io.autogen.diff.Comparator;
import io.autogen.model.Check;
import io.autogen.model.Constraint;
import io.autogen.model.ConstraintVisitor;
import io.autogen.model.ForeignKey;
import io.autogen.model.Index;
import io.autogen.model.Names;
import io.autogen.model.PrimaryKey;
import io.autogen.model.Schema;
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
import io.autogen.ops.Operation;
import io.autogen.ops.OperationVisitor;
import io.autogen.ops.RenameColumn;
import io.autogen.ops.RenameTable;
import io.autogen.ops.SetTableComment;
import io.autogen.spi.Commands;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides what a check reports, from schemas its caller has gathered: the entities, what the migrations build
 * (replayed in memory) and, online, the live catalog. The comparator is the same one autogenerate uses.
 */
public final class DriftCheck {
    private final Comparator comparator;
    private final Commands commands;
    private final String fix;

    public DriftCheck(Comparator comparator) {
        this(comparator, Commands.CLI);
    }

    /** @param commands how the fixes spell the commands they name */
    public DriftCheck(Comparator comparator, Commands commands) {
        this.comparator = comparator;
        this.commands = commands;
        this.fix = commands.generate("describe the change");
    }

    /** Offline: do the migrations build what the entities describe? */
    public CheckReport offline(Schema replayed, List<String> opaqueSql, Schema entities) {
        return new CheckReport(differences("missing-migration", replayed, entities, "the entities", "the migrations"),
                opaqueSql, fix);
    }

    /** A database without version table: not managed by migrations yet, so only the entities count. */
    public CheckReport unmanaged(Schema live, Schema entities) {
        return new CheckReport(differences("unmanaged", live, entities, "the entities", "the database"), List.of(),
                commands.generate("initial schema") + ", then " + commands.upgrade("head") + " (or "
                        + commands.stamp("head") + " if the database already has this schema)");
    }

    /** Failed runs outside a transaction that left what nothing could undo: named until their revision applies. */
    public CheckReport incomplete(List<String> descriptions) {
        List<CheckReport.Difference> diffs = new ArrayList<>();
        for (String d : descriptions) {
            diffs.add(new CheckReport.Difference("incomplete-upgrade", null, null, d));
        }
        return new CheckReport(diffs, List.of(), "check what it left in the data, then " + commands.upgrade("head")
                + " (applying that revision clears this)");
    }

    public CheckReport notAtHead(String current, String heads) {
        return new CheckReport(List.of(new CheckReport.Difference("not-at-head", null, null,
                "database at " + current + ", head is " + heads)), List.of(), commands.upgrade("head"));
    }

    /**
     * Applied migrations edited since: reported instead of the drift they cause, which would otherwise read as a
     * database changed by hand.
     */
    public CheckReport edited(List<String> descriptions) {
        List<CheckReport.Difference> diffs = new ArrayList<>();
        for (String d : descriptions) {
            diffs.add(new CheckReport.Difference("edited-migration", null, null, d));
        }
        return new CheckReport(diffs, List.of(), "revert the edit to the applied migration and write a new migration"
                + " for the change (" + commands.generate(null) + "), or, if the database already"
                + " has it, accept it with " + commands.upgradeAllowEdited());
    }

    /** A database at head: changed by hand ({@code database-drift}) and entities ahead ({@code missing-migration}). */
    public CheckReport online(Schema live, Schema replayed, List<String> opaqueSql, Schema entities) {
        List<CheckReport.Difference> diffs = new ArrayList<>(differences("database-drift", live, replayed,
                "the migrations", "the database"));
        diffs.addAll(differences("missing-migration", replayed, entities, "the entities", "the migrations"));
        boolean handChanged = diffs.stream().anyMatch(d -> d.kind().equals("database-drift"));
        return new CheckReport(diffs, opaqueSql, handChanged
                ? "the database was changed outside migrations: undo that change, or capture it with " + commands.generate(null)
                : fix);
    }

    /** Differences of {@code actual} from {@code wanted}, phrased with the two sides' names. */
    List<CheckReport.Difference> differences(String kind, Schema actual, Schema wanted, String wantedName,
                                                    String actualName) {
        Describer describer = new Describer(wantedName, actualName);
        List<CheckReport.Difference> out = new ArrayList<>();
        List<Operation> ops = comparator.compare(actual, wanted);
        for (Operation op : ops) {
            KeyChange change = op.accept(KEY_CHANGE);
            Constraint other = change == null ? null : reordered(change, ops);
            if (other != null && !change.added()) {
                continue; // told once, with the add that puts it back in another order
            }
            String message = other != null ? reorderedKey(change, other, wantedName, actualName)
                    : op.accept(describer);
            out.add(new CheckReport.Difference(kind, op.table(), op.accept(COLUMN), message));
        }
        return out;
    }

    /**
     * The key {@code change} drops or adds, as the other side has it over the same columns in another order (a key
     * made by an earlier autogen, or by Hibernate's update, which keeps the mapping's order where its create sorts it).
     */
    private static Constraint reordered(KeyChange change, List<Operation> ops) {
        OrderedKey k = change.key().accept(ORDERED_KEY);
        if (k == null) {
            return null;
        }
        for (Operation other : ops) {
            KeyChange o = other.accept(KEY_CHANGE);
            if (o != null && o.added() != change.added() && Names.key(o.table()).equals(Names.key(change.table()))
                    && k.sameColumnsReordered(o.key().accept(ORDERED_KEY))) {
                return o.key();
            }
        }
        return null;
    }

    private static boolean otherOrder(List<String> a, List<String> b) {
        List<String> ka = Names.keys(a), kb = Names.keys(b);
        return !ka.equals(kb) && new java.util.TreeSet<>(ka).equals(new java.util.TreeSet<>(kb)) && ka.size() == kb.size();
    }

    private static String reorderedKey(KeyChange wanted, Constraint actual, String wantedName, String actualName) {
        OrderedKey w = wanted.key().accept(ORDERED_KEY);
        return w.what() + " on " + wanted.table() + " has its columns in another order: ("
                + String.join(", ", actual.accept(ORDERED_KEY).columns()) + ") in " + actualName + ", ("
                + String.join(", ", w.columns()) + ") in " + wantedName
                + "; a migration rebuilds it in the order of " + wantedName;
    }

    /** A constraint an operation adds ({@code added}) or drops on {@code table}. */
    private record KeyChange(String table, Constraint key, boolean added) {}

    private static final OperationVisitor<KeyChange> KEY_CHANGE = new OperationVisitor<>() {
        @Override public KeyChange addConstraint(AddConstraint op) {
            return new KeyChange(op.table(), op.constraint(), true);
        }

        @Override public KeyChange dropConstraint(DropConstraint op) {
            return new KeyChange(op.table(), op.constraint(), false);
        }

        @Override public KeyChange createTable(CreateTable op) { return null; }
        @Override public KeyChange dropTable(DropTable op) { return null; }
        @Override public KeyChange addColumn(AddColumn op) { return null; }
        @Override public KeyChange dropColumn(DropColumn op) { return null; }
        @Override public KeyChange alterColumn(AlterColumn op) { return null; }
        @Override public KeyChange createSequence(CreateSequence op) { return null; }
        @Override public KeyChange dropSequence(DropSequence op) { return null; }
        @Override public KeyChange alterSequence(AlterSequence op) { return null; }
        @Override public KeyChange setTableComment(SetTableComment op) { return null; }
        @Override public KeyChange executeSql(ExecuteSql op) { return null; }
        @Override public KeyChange renameColumn(RenameColumn op) { return null; }
        @Override public KeyChange renameTable(RenameTable op) { return null; }
        @Override public KeyChange backfill(Backfill op) { return null; }
    };

    /**
     * A key whose columns a database may hold in another order than the entities: its kind in words, what else must
     * be equal for it to be the same key (the referenced table of a foreign key), and its columns.
     */
    private record OrderedKey(String what, String target, List<String> columns) {
        boolean sameColumnsReordered(OrderedKey other) {
            return other != null && what.equals(other.what) && target.equals(other.target)
                    && otherOrder(columns, other.columns);
        }
    }

    /** The primary and foreign keys as {@link OrderedKey}s; null for the other kinds, whose order is their own. */
    private static final ConstraintVisitor<OrderedKey> ORDERED_KEY = new ConstraintVisitor<>() {
        @Override public OrderedKey primaryKey(PrimaryKey c) { return new OrderedKey("primary key", "", c.columns()); }
        @Override public OrderedKey foreignKey(ForeignKey c) {
            return new OrderedKey("foreign key", Names.key(c.refTable()), c.columns());
        }
        @Override public OrderedKey index(Index c) { return null; }
        @Override public OrderedKey uniqueKey(UniqueKey c) { return null; }
        @Override public OrderedKey check(Check c) { return null; }
    };

    /** The column an operation is about, or null. */
    private static final OperationVisitor<String> COLUMN = new OperationVisitor<>() {
        @Override public String addColumn(AddColumn op) { return op.column().name(); }
        @Override public String dropColumn(DropColumn op) { return op.column().name(); }
        @Override public String alterColumn(AlterColumn op) { return op.from().name(); }
        @Override public String createTable(CreateTable op) { return null; }
        @Override public String dropTable(DropTable op) { return null; }
        @Override public String addConstraint(AddConstraint op) { return null; }
        @Override public String dropConstraint(DropConstraint op) { return null; }
        @Override public String createSequence(CreateSequence op) { return null; }
        @Override public String dropSequence(DropSequence op) { return null; }
        @Override public String alterSequence(AlterSequence op) { return null; }
        @Override public String setTableComment(SetTableComment op) { return null; }
        @Override public String executeSql(ExecuteSql op) { return null; }
        @Override public String renameColumn(RenameColumn op) { return null; }
        @Override public String renameTable(RenameTable op) { return null; }
        @Override public String backfill(Backfill op) { return null; }
    };
}
