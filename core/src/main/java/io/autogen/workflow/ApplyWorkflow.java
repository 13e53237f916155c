package io.autogen.workflow;

import io.autogen.config.Settings;
import io.autogen.dialect.Dialect;
import io.autogen.error.RevisionException;
import io.autogen.model.Schema;
import io.autogen.runtime.JdbcBackend;
import io.autogen.runtime.Migrator;
import io.autogen.runtime.VersionStore;
import io.autogen.runtime.revision.RevisionGraph;
import io.autogen.spi.Commands;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * {@code upgrade}, {@code downgrade}, their {@code --sql} scripts, and {@code stamp}: the migrator over the
 * project's migrations, on the project's database.
 */
public final class ApplyWorkflow {
    private final Workspace ws;
    private final Settings settings;
    private final Dialect dialect;
    private final Commands commands;

    ApplyWorkflow(Workspace ws) {
        this.ws = ws;
        this.settings = ws.settings;
        this.dialect = ws.dialect;
        this.commands = ws.commands;
    }

    /**
     * What {@code upgrade} did: the steps, the revisions it found edited since applied, where it ended, and
     * ({@code incomplete}) what earlier failed runs left that nothing could undo, as it stood before this one.
     */
    public record UpgradeResult(List<Migrator.Step> steps, List<String> edited, Set<String> current,
                                List<String> incomplete) {}

    /**
     * Applies migrations up to {@code target}. An applied migration whose file was edited since is refused unless
     * {@code allowEdited}: what the database holds is no longer what the file says, and building on it hides that.
     */
    public UpgradeResult upgrade(String target, boolean allowEdited, Consumer<Migrator.Step> progress) {
        return upgrade(target, allowEdited, progress, notice -> { });
    }

    /** @param waiting told when another process holds the database's write lock and the upgrade waits for it */
    public UpgradeResult upgrade(String target, boolean allowEdited, Consumer<Migrator.Step> progress,
                                 Consumer<String> waiting) {
        RevisionGraph graph = ws.graph();
        return ws.write(c -> {
            Map<String, VersionStore.Applied> applied = new VersionStore(dialect).history(c);
            List<String> incomplete = new VersionStore(dialect).incomplete(c);
            List<String> edited = ws.edited(graph, applied);
            c.rollback();
            if (!edited.isEmpty() && !allowEdited) {
                throw new RevisionException(String.join("; ", ws.describeEdited(graph, applied, edited))
                        + ": revert the edit and write a new migration for the change, or accept it with"
                        + " " + commands.upgradeAllowEdited());
            }
            Migrator m = ws.migrator(graph);
            List<Migrator.Step> steps = m.upgrade(c, target, progress, waiting);
            Set<String> now = m.current(c);
            c.rollback();
            return new UpgradeResult(steps, edited, now, incomplete);
        });
    }

    /** How many migrations {@code upgrade TARGET} would apply now: for a progress count. */
    public int pending(String target) {
        RevisionGraph graph = ws.graph();
        return ws.write(c -> {
            int n = ws.migrator(graph).upgradePlan(c, target).size();
            c.rollback();
            return n;
        });
    }

    public List<Migrator.Step> downgrade(String target, Consumer<Migrator.Step> progress) {
        return downgrade(target, progress, notice -> { });
    }

    public List<Migrator.Step> downgrade(String target, Consumer<Migrator.Step> progress, Consumer<String> waiting) {
        RevisionGraph graph = ws.graph();
        return ws.write(c -> {
            return ws.migrator(graph).downgrade(c, target, progress, waiting);
        });
    }

    /**
     * The SQL {@code upgrade}/{@code downgrade} would run. With a range {@code A:B} it needs no database (the
     * start is replayed offline); otherwise it starts where the database is (base when there is none yet), reading
     * but never writing.
     */
    public void script(boolean up, String target, Consumer<String> out) {
        RevisionGraph graph = ws.graph();
        Migrator m = ws.migrator(graph);
        if (target != null && target.contains(":")) {
            String[] ab = target.split(":", 2);
            Set<String> from = ab[0].isEmpty() || ab[0].equals("base") ? Set.of() : Set.of(graph.resolve(ab[0]));
            Schema start = m.replay(from).schema();
            m.script(up, from, ab[1].isEmpty() ? (up ? "head" : "base") : ab[1], start, out);
            return;
        }
        if (ws.absentDatabase() != null) { // no database yet: the script starts at base, and none is created
            m.script(up, Set.of(), target, Schema.EMPTY, out);
            return;
        }
        ws.write(c -> {
            Set<String> current = m.current(c);
            Schema start = new JdbcBackend(c, dialect, settings.schema()).inspect();
            c.rollback();
            m.script(up, current, target, start, out);
            return null;
        });
    }

    public void stamp(List<String> revisions) {
        RevisionGraph graph = ws.graph();
        Set<String> heads = new TreeSet<>();
        for (String r : revisions) {
            switch (r) {
                case "base" -> { }
                case "heads" -> heads.addAll(graph.heads());
                case "head" -> {
                    String h = graph.singleHead();
                    if (h != null) heads.add(h);
                }
                default -> heads.add(graph.resolve(r));
            }
        }
        Set<String> minimal = graph.headsOf(graph.ancestors(heads));
        ws.write(c -> {
            VersionStore store = new VersionStore(dialect);
            dialect.beginWrite(c, notice -> { });
            boolean done = false;
            try {
                store.execute(c, store.createTables());
                Set<String> old = store.heads(c);
                store.execute(c, store.moveHeads(old, minimal));
                done = true;
            } finally {
                dialect.endWrite(c, done);
            }
            return null;
        });
    }
}
