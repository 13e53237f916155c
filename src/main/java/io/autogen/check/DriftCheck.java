package io.autogen.check;

import io.autogen.diff.Comparator;
import io.autogen.model.Schema;
import io.autogen.ops.AddColumn;
import io.autogen.ops.AlterColumn;
import io.autogen.ops.DropColumn;
import io.autogen.ops.Operation;
import java.util.ArrayList;
import java.util.List;

/** Turns comparisons into a {@link CheckReport}: the comparator is the same one autogenerate uses. */
public final class DriftCheck {
    private final Comparator comparator;

    public DriftCheck(Comparator comparator) {
        this.comparator = comparator;
    }

    /** Differences of {@code actual} from {@code wanted}, phrased with the two sides' names. */
    public List<CheckReport.Difference> differences(String kind, Schema actual, Schema wanted, String wantedName,
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
