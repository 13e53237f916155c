package io.autogen.runtime;

import static io.autogen.fixtures.Fixtures.col;
import static io.autogen.fixtures.Fixtures.notNull;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.autogen.dialect.postgres.PostgresSql;
import io.autogen.fixtures.Fixtures;
import io.autogen.model.ForeignKey;
import io.autogen.model.Index;
import io.autogen.model.UniqueKey;
import io.autogen.ops.AddColumn;
import io.autogen.ops.AddConstraint;
import io.autogen.ops.AlterColumn;
import io.autogen.ops.Backfill;
import io.autogen.ops.CreateTable;
import io.autogen.ops.ExecuteSql;
import io.autogen.ops.Operation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What a revision outside a transaction knows of each kind of step, answered by the step's own visitor method: which
 * steps its undo cannot take back, which change rows, which a failure can leave in part done, and (on PostgreSQL)
 * what a failed online form leaves behind. Every sample operation (one of each kind, {@link Fixtures#everyOperation})
 * and its reverse get an explicit answer.
 */
class OutsideTransactionTest {
    private static List<Operation> everyOperationAndItsReverse() {
        List<Operation> out = new ArrayList<>();
        for (Operation op : Fixtures.everyOperation()) {
            out.add(op);
            out.add(op.reverse());
        }
        return out;
    }

    @Test
    void onlyABackfillAndSqlWithoutReverseAreNamedAsIrreversible() {
        Map<String, String> kept = new LinkedHashMap<>();
        for (Operation op : everyOperationAndItsReverse()) {
            String answer = OutsideTransaction.irreversible(op, List.of());
            if (answer != null) {
                kept.put(op.toString(), answer);
            }
        }
        assertEquals(Map.of(
                new Backfill("event", "status", "'DRAFT'").toString(),
                "the backfill of event.status (the values it wrote stay)",
                new ExecuteSql("update event set status = 'DRAFT'", null).toString(),
                "op.execute(\"update event set status = 'DRAFT'\") (it has no reverse)"), kept);
    }

    @Test
    void aBackfillOfAColumnAddedBeforeItAndSqlWithAReverseAreUndone() {
        var add = new AddColumn("event", col("status", "varchar(20)"));
        var done = List.of(new OutsideTransaction.Done(add, Fixtures.schema(), Fixtures.schema()));
        assertNull(OutsideTransaction.irreversible(new Backfill("EVENT", "Status", "'DRAFT'"), done));
        assertEquals("the backfill of event.title (the values it wrote stay)",
                OutsideTransaction.irreversible(new Backfill("event", "title", "'x'"), done));
        assertNull(OutsideTransaction.irreversible(new ExecuteSql("update event set status = 'DRAFT'",
                "update event set status = null"), List.of()));
        assertNull(OutsideTransaction.irreversible(new ExecuteSql(" ", null), List.of()), "nothing to undo");
    }

    @Test
    void backfillsAndSqlChangeRows() {
        for (Operation op : everyOperationAndItsReverse()) {
            boolean writesRows = op instanceof Backfill || op instanceof ExecuteSql;
            assertEquals(writesRows, op.accept(OutsideTransaction.CHANGES_ROWS), op.toString());
        }
    }

    @Test
    void aFailedAddColumnOrCreateTableCanBeLeftInPartDone() {
        for (Operation op : everyOperationAndItsReverse()) {
            boolean partDone = op instanceof AddColumn || op instanceof CreateTable;
            assertEquals(partDone, op.accept(OutsideTransaction.PART_DONE), op.toString());
        }
    }

    @Test
    void postgresCleansUpOnlyAfterTheOnlineForms() {
        PostgresSql pg = new PostgresSql();
        Map<String, List<String>> cleanups = new LinkedHashMap<>();
        for (Operation op : everyOperationAndItsReverse()) {
            List<String> cleanup = pg.cleanup(op);
            if (!cleanup.isEmpty()) {
                cleanups.put(op.toString(), cleanup);
            }
        }
        var online = new AlterColumn("event", col("status", "varchar(20)").withDefault("'DRAFT'").withComment("lifecycle"),
                notNull("status", "varchar(20)").withDefault("'DRAFT'").withComment("lifecycle"), true);
        assertEquals(Map.of(
                new AddConstraint("event", new Index("ix_event_title_c", List.of("title"), false), true).toString(),
                List.of("drop index concurrently if exists ix_event_title_c"),
                new AddConstraint("event", new ForeignKey("fk_y", List.of("venue_id"), "venue", List.of("id"), null),
                        true).toString(),
                List.of("alter table event drop constraint if exists fk_y"),
                online.toString(),
                List.of("alter table event drop constraint if exists event_status_not_null",
                        "alter table event alter column status drop not null")), cleanups);
        assertEquals(List.of("alter table event drop constraint if exists uq_t",
                        "drop index concurrently if exists uq_t"),
                pg.cleanup(new AddConstraint("event", new UniqueKey("uq_t", List.of("title")), true)));
        assertEquals(List.of(), pg.cleanup(new AddConstraint("event", new UniqueKey("uq_t", List.of("title")))),
                "the plain form runs in one statement");
        assertEquals(Set.of(), Set.copyOf(pg.cleanup(online.reverse())), "dropping NOT NULL has no online form");
    }
}
