package io.autogen.ops;

import static io.autogen.fixtures.Fixtures.col;
import static io.autogen.fixtures.Fixtures.notNull;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.autogen.diff.OperationOrder;
import io.autogen.fixtures.Fixtures;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The statement order places every kind of operation: the visitor leaves none without a phase. */
class OperationOrderTest {
    @Test
    void placesEveryOperationOfTheFixtureSetExactlyOnce() {
        List<Operation> all = Fixtures.everyOperation();
        List<Operation> ordered = OperationOrder.order(all);
        assertEquals(counts(all), counts(ordered));
    }

    @Test
    void backfillComesBetweenTheNullableAddAndTheNotNull() {
        AddColumn add = new AddColumn("event", col("code", "varchar(10)"));
        Backfill fill = new Backfill("event", "code", "'X'");
        AlterColumn notNull = new AlterColumn("event", col("code", "varchar(10)"), notNull("code", "varchar(10)"));
        assertEquals(List.of(add, fill, notNull), OperationOrder.order(List.of(notNull, fill, add)));
    }

    @Test
    void phasesKeepTheirOrder() {
        var rename = new RenameTable("venue", "place");
        var dropIndex = new DropConstraint("event", new io.autogen.model.Index("ix_a", List.of("title"), false));
        var addColumn = new AddColumn("event", col("bio", "text"));
        var addFk = new AddConstraint("event", Fixtures.fk("fk_place", "venue_id", "place"));
        var raw = new ExecuteSql("select 1", null);
        assertEquals(List.of(rename, dropIndex, addColumn, addFk, raw),
                OperationOrder.order(List.of(raw, addFk, addColumn, dropIndex, rename)));
    }

    private static Map<Operation, Long> counts(List<Operation> ops) {
        return ops.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }
}
