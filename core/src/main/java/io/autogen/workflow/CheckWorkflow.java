package io.autogen.workflow;

import io.autogen.check.CheckReport;
import io.autogen.check.DriftCheck;
import io.autogen.dialect.Dialect;
import io.autogen.diff.Comparator;
import io.autogen.model.Schema;
import io.autogen.runtime.Background;
import io.autogen.runtime.Migrator;
import io.autogen.runtime.VersionStore;
import io.autogen.runtime.revision.RevisionGraph;
import io.autogen.source.catalog.TableFilter;
import io.autogen.spi.Commands;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * {@code check} and {@code check --offline}: whether the entities, the migrations and the database agree.
 */
public final class CheckWorkflow {
    private final Workspace ws;
    private final Dialect dialect;
    private final Commands commands;
    private final TableFilter filter;

    CheckWorkflow(Workspace ws) {
        this.ws = ws;
        this.dialect = ws.dialect;
        this.commands = ws.commands;
        this.filter = ws.filter;
    }

    public CheckReport check(boolean offline) {
        Supplier<Schema> entities = Background.start("autogen-entities", ws::entitySchema);
        try {
            return check(offline, entities);
        } finally {
            Background.settle(entities); // never still writing to the cache once the command has ended
        }
    }

    private CheckReport check(boolean offline, Supplier<Schema> entities) {
        RevisionGraph graph = ws.graph();
        DriftCheck drift = new DriftCheck(new Comparator(dialect.hints()), commands);
        Migrator m = ws.migrator(graph);
        Set<String> heads = new TreeSet<>(graph.heads());
        if (offline) {
            Migrator.Replay replay = m.replay(heads);
            return drift.offline(filter.apply(replay.schema()), replay.opaqueSql(), entities.get());
        }
        return ws.read(c -> {
            Schema live = ws.inspect(c);
            boolean managed = new VersionStore(dialect).exists(c);
            Set<String> current = managed ? m.current(c) : Set.of();
            c.rollback();
            if (!managed && live.tables().isEmpty() && !heads.isEmpty()) {
                // an empty database where migrations are written: it is at base, behind them (not a schema to adopt)
                return drift.notAtHead(Workspace.describe(current), Workspace.describe(heads));
            }
            if (!managed) {
                return drift.unmanaged(live, entities.get());
            }
            List<String> incomplete = new VersionStore(dialect).incomplete(c);
            c.rollback();
            if (!incomplete.isEmpty()) {
                return drift.incomplete(incomplete);
            }
            if (!current.equals(heads)) {
                return drift.notAtHead(Workspace.describe(current), Workspace.describe(heads));
            }
            Map<String, VersionStore.Applied> applied = managed ? new VersionStore(dialect).history(c) : Map.of();
            c.rollback();
            List<String> edited = ws.edited(graph, applied);
            if (!edited.isEmpty()) {
                // the drift an edit causes would send the user to the database; the edit is what to fix
                return drift.edited(ws.describeEdited(graph, applied, edited));
            }
            Migrator.Replay replay = m.replay(heads);
            return drift.online(live, filter.apply(replay.schema()), replay.opaqueSql(), entities.get());
        });
    }
}
