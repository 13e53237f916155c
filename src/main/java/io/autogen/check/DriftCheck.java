package io.autogen.check;

import io.autogen.diff.Comparator;
import io.autogen.model.Schema;
import io.autogen.ops.AddColumn;
import io.autogen.ops.AlterColumn;
import io.autogen.ops.DropColumn;
import io.autogen.ops.Operation;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides what a check reports, from schemas its caller has gathered: the entities, what the migrations build
 * (replayed in memory) and, online, the live catalog. The comparator is the same one autogenerate uses.
 */
public final class DriftCheck {
    private final Comparator comparator;

    public DriftCheck(Comparator comparator) {
        this.comparator = comparator;
    }

    static final String FIX = "autogen -m \"describe the change\"";

    /** Offline: do the migrations build what the entities describe? */
    public CheckReport offline(Schema replayed, List<String> opaqueSql, Schema entities) {
        return new CheckReport(differences("missing-migration", replayed, entities, "the entities", "the migrations"),
                opaqueSql, FIX);
    }

    /** A database without version table: not managed by migrations yet, so only the entities count. */
    public CheckReport unmanaged(Schema live, Schema entities) {
        return new CheckReport(differences("unmanaged", live, entities, "the entities", "the database"), List.of(),
                "autogen -m \"initial schema\", then autogen upgrade head (or autogen stamp head if the database"
                        + " already has this schema)");
    }

    public CheckReport notAtHead(String current, String heads) {
        return new CheckReport(List.of(new CheckReport.Difference("not-at-head", null, null,
                "database at " + current + ", head is " + heads)), List.of(), "autogen upgrade head");
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
                + " for the change (autogen -m), or, if the database already has it, accept it with"
                + " autogen upgrade --allow-edited");
    }

    /** A database at head: changed by hand ({@code database-drift}) and entities ahead ({@code missing-migration}). */
    public CheckReport online(Schema live, Schema replayed, List<String> opaqueSql, Schema entities) {
        List<CheckReport.Difference> diffs = new ArrayList<>(differences("database-drift", live, replayed,
                "the migrations", "the database"));
        diffs.addAll(differences("missing-migration", replayed, entities, "the entities", "the migrations"));
        boolean handChanged = diffs.stream().anyMatch(d -> d.kind().equals("database-drift"));
        return new CheckReport(diffs, opaqueSql, handChanged
                ? "the database was changed outside migrations: undo that change, or capture it with autogen -m"
                : FIX);
    }

    /** Differences of {@code actual} from {@code wanted}, phrased with the two sides' names. */
    List<CheckReport.Difference> differences(String kind, Schema actual, Schema wanted, String wantedName,
                                                    String actualName) {
        Describer describer = new Describer(wantedName, actualName);
        List<CheckReport.Difference> out = new ArrayList<>();
        for (Operation op : comparator.compare(actual, wanted)) {
            out.add(new CheckReport.Difference(kind, op.table(), column(op), op.accept(describer)));
        }
        return out;
    }

    private static String column(Operation op) {
        if (op instanceof AddColumn a) return a.column().name();
        if (op instanceof DropColumn d) return d.column().name();
        if (op instanceof AlterColumn a) return a.from().name();
        return null;
    }
}
