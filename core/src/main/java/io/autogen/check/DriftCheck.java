package io.autogen.check;

import io.autogen.diff.Comparator;
import io.autogen.model.Schema;
import io.autogen.model.Constraint;
import io.autogen.model.ForeignKey;
import io.autogen.model.Names;
import io.autogen.model.PrimaryKey;
import io.autogen.ops.AddColumn;
import io.autogen.ops.AddConstraint;
import io.autogen.ops.DropConstraint;
import io.autogen.ops.AlterColumn;
import io.autogen.ops.DropColumn;
import io.autogen.ops.Operation;
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
            if (op instanceof DropConstraint d && reordered(d, ops) != null) {
                continue; // told once, with the add that puts it back in another order
            }
            Constraint other = op instanceof AddConstraint ? reordered(op, ops) : null;
            String message = other != null ? reorderedKey((AddConstraint) op, other, wantedName, actualName)
                    : op.accept(describer);
            out.add(new CheckReport.Difference(kind, op.table(), column(op), message));
        }
        return out;
    }

    /**
     * The key {@code op} drops or adds, as the other side has it over the same columns in another order (a key made
     * by an earlier autogen, or by Hibernate's update, which keeps the mapping's order where its create sorts it).
     */
    private static Constraint reordered(Operation op, List<Operation> ops) {
        Constraint k = op instanceof AddConstraint a ? a.constraint() : ((DropConstraint) op).constraint();
        if (!(k instanceof PrimaryKey || k instanceof ForeignKey)) {
            return null;
        }
        for (Operation other : ops) {
            Constraint o = other instanceof AddConstraint a && op instanceof DropConstraint ? a.constraint()
                    : other instanceof DropConstraint d && op instanceof AddConstraint ? d.constraint() : null;
            if (o != null && Names.key(other.table()).equals(Names.key(op.table())) && sameColumnsReordered(k, o)) {
                return o;
            }
        }
        return null;
    }

    private static boolean sameColumnsReordered(Constraint a, Constraint b) {
        if (a instanceof PrimaryKey x && b instanceof PrimaryKey y) {
            return otherOrder(x.columns(), y.columns());
        }
        if (a instanceof ForeignKey x && b instanceof ForeignKey y) {
            return Names.key(x.refTable()).equals(Names.key(y.refTable())) && otherOrder(x.columns(), y.columns());
        }
        return false;
    }

    private static boolean otherOrder(List<String> a, List<String> b) {
        List<String> ka = Names.keys(a), kb = Names.keys(b);
        return !ka.equals(kb) && new java.util.TreeSet<>(ka).equals(new java.util.TreeSet<>(kb)) && ka.size() == kb.size();
    }

    private static String reorderedKey(AddConstraint wanted, Constraint actual, String wantedName, String actualName) {
        String what = wanted.constraint() instanceof PrimaryKey ? "primary key" : "foreign key";
        return what + " on " + wanted.table() + " has its columns in another order: (" + columns(actual) + ") in "
                + actualName + ", (" + columns(wanted.constraint()) + ") in " + wantedName
                + "; a migration rebuilds it in the order of " + wantedName;
    }

    private static String columns(Constraint c) {
        return String.join(", ", c instanceof PrimaryKey p ? p.columns() : ((ForeignKey) c).columns());
    }

    private static String column(Operation op) {
        if (op instanceof AddColumn a) return a.column().name();
        if (op instanceof DropColumn d) return d.column().name();
        if (op instanceof AlterColumn a) return a.from().name();
        return null;
    }
}
