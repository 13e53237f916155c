package io.autogen.workflow;

import io.autogen.dialect.Dialect;
import io.autogen.error.DatabaseException;
import io.autogen.error.RevisionException;
import io.autogen.runtime.VersionStore;
import io.autogen.runtime.revision.RevisionFile;
import io.autogen.runtime.revision.RevisionGraph;
import io.autogen.spi.Commands;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code current}, {@code history}, {@code heads}, {@code show}: where the database stands against the migrations.
 */
public final class StatusWorkflow {
    private final Workspace ws;
    private final Dialect dialect;
    private final Commands commands;

    StatusWorkflow(Workspace ws) {
        this.ws = ws;
        this.dialect = ws.dialect;
        this.commands = ws.commands;
    }

    /** Where the database stands: its heads, and applied revisions whose file changed since. */
    public record Status(Set<String> current, List<String> heads, List<String> edited, RevisionGraph graph,
                         Map<String, VersionStore.Applied> applied) {}

    /**
     * The status for read-only commands that are useful without a database ({@code history}): a SQLite file that
     * does not exist is at base and is not created; an unreachable server gives the graph alone, with the reason.
     */
    public Status statusIfReachable(Consumer<String> warn) {
        if (ws.absentDatabase() != null) { // no database yet: the migrations alone, and none created
            RevisionGraph graph = ws.graph();
            return new Status(Set.of(), graph.heads(), List.of(), graph, Map.of());
        }
        try {
            return status();
        } catch (DatabaseException e) {
            warn.accept(e.getMessage() + "; showing the migrations without the database's revision");
            RevisionGraph graph = ws.graph();
            return new Status(Set.of(), graph.heads(), List.of(), graph, Map.of());
        }
    }

    public Status status() {
        RevisionGraph graph = ws.graph();
        return ws.read(c -> {
            VersionStore store = new VersionStore(dialect);
            Set<String> current = ws.migrator(graph).current(c);
            Map<String, VersionStore.Applied> applied = store.history(c);
            c.rollback();
            return new Status(current, graph.heads(), ws.edited(graph, applied), graph, applied);
        });
    }

    public RevisionFile show(String revision) {
        RevisionGraph graph = ws.graph();
        if (revision.equals("head")) {
            String h = graph.singleHead();
            if (h == null) {
                throw new RevisionException("there are no revisions yet: create one with autogen -m MESSAGE");
            }
            return graph.get(h);
        }
        return graph.get(graph.resolve(revision));
    }
}
