package io.autogen.runtime;

import io.autogen.ops.Operation;
import io.autogen.ops.Phases;

import io.autogen.api.Migration;
import io.autogen.dialect.Dialect;
import io.autogen.error.AutogenException;
import io.autogen.error.DatabaseException;
import io.autogen.error.RevisionException;
import io.autogen.model.Schema;
import io.autogen.runtime.revision.RevisionFile;
import io.autogen.runtime.revision.RevisionGraph;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Applies and reverts migrations: each one with its version-table update in one transaction, under the dialect's
 * lock, re-reading the versions inside each transaction so that concurrent runs apply every migration once.
 */
public final class Migrator {
    /** {@code lock.timeout} when the project does not say: long enough for a quick DDL, short enough not to stall a busy table. */
    public static final java.time.Duration DEFAULT_LOCK_TIMEOUT = java.time.Duration.ofSeconds(5);

    /** One migration applied or reverted. */
    public record Step(RevisionFile revision, long durationMs) {}

    private enum Direction { UP, DOWN }

    private final Dialect dialect;
    private final String schemaName;
    private final RevisionGraph graph;
    private final MigrationSource loader;
    private final Clock clock;
    private final VersionStore store;
    private final java.time.Duration lockTimeout;
    private final java.time.Duration statementTimeout;
    /** Retries of a migration that timed out waiting for a lock, the n-th after {@code BACKOFF * 2^(n-1)}. */
    static final int LOCK_RETRIES = 3;
    static final java.time.Duration BACKOFF = java.time.Duration.ofMillis(250);

    public Migrator(Dialect dialect, String schemaName, RevisionGraph graph, MigrationSource loader, Clock clock) {
        this(dialect, schemaName, graph, loader, clock, DEFAULT_LOCK_TIMEOUT, null);
    }

    private Migrator(Dialect dialect, String schemaName, RevisionGraph graph, MigrationSource loader, Clock clock,
                     java.time.Duration lockTimeout, java.time.Duration statementTimeout) {
        this.dialect = dialect;
        this.schemaName = schemaName;
        this.graph = graph;
        this.loader = loader;
        this.clock = clock;
        this.store = new VersionStore(dialect);
        this.lockTimeout = lockTimeout;
        this.statementTimeout = statementTimeout;
    }

    /** This migrator with the given per-migration timeouts ({@code lock.timeout}, {@code statement.timeout}; null: none). */
    public Migrator withTimeouts(java.time.Duration lock, java.time.Duration statement) {
        return new Migrator(dialect, schemaName, graph, loader, clock, lock, statement);
    }

    public VersionStore store() {
        return store;
    }

    /** The current heads, checked against the migrations folder. */
    public Set<String> current(Connection c) {
        Set<String> heads = store.heads(c);
        for (String h : heads) {
            if (!graph.contains(h)) {
                throw new RevisionException("the database is at revision " + h + ", which no file in the migrations"
                        + " folder has: restore that migration, or autogen stamp the right revision");
            }
        }
        return heads;
    }

    /** Resolves an upgrade target: head, heads, +N, an id or a unique prefix. */
    public Set<String> upgradeTargets(Set<String> current, String target) {
        String t = target == null ? "head" : target;
        if (t.equals("head")) {
            String head = graph.singleHead();
            return head == null ? Set.of() : Set.of(head);
        }
        if (t.equals("heads")) {
            return new TreeSet<>(graph.heads());
        }
        if (t.matches("\\+\\d+")) {
            String at = graph.forward(current, Integer.parseInt(t.substring(1)));
            Set<String> out = new TreeSet<>(current);
            out.add(at);
            return out;
        }
        if (t.equals("base")) {
            throw new RevisionException("base is a downgrade target: use autogen downgrade base");
        }
        return Set.of(graph.resolve(t));
    }

    /** Resolves a downgrade target: -N, base, an id or a unique prefix. */
    public Set<String> downgradeTargets(Set<String> current, String target) {
        if (target.equals("base")) {
            return Set.of();
        }
        if (target.matches("-\\d+")) {
            return graph.backward(current, Integer.parseInt(target.substring(1)));
        }
        if (target.equals("head") || target.equals("heads") || target.startsWith("+")) {
            throw new RevisionException(target + " is an upgrade target: use autogen upgrade " + target);
        }
        return Set.of(graph.resolve(target));
    }

    public List<Step> upgrade(Connection c, String target, Consumer<Step> progress) {
        return upgrade(c, target, progress, notice -> { });
    }

    /** @param waiting told when another process holds the lock a migration needs, and this one waits for it */
    public List<Step> upgrade(Connection c, String target, Consumer<Step> progress, Consumer<String> waiting) {
        return run(c, Direction.UP, target, progress, waiting);
    }

    public List<Step> downgrade(Connection c, String target, Consumer<Step> progress) {
        return downgrade(c, target, progress, notice -> { });
    }

    public List<Step> downgrade(Connection c, String target, Consumer<Step> progress, Consumer<String> waiting) {
        return run(c, Direction.DOWN, target, progress, waiting);
    }

    /** The migrations {@code upgrade TARGET} would apply now, in order (read only). */
    public List<RevisionFile> upgradePlan(Connection c, String target) {
        return plan(Direction.UP, store.exists(c) ? current(c) : Set.of(), target);
    }

    private List<RevisionFile> plan(Direction d, Set<String> current, String target) {
        return d == Direction.UP
                ? graph.upgradePlan(current, upgradeTargets(current, target))
                : graph.downgradePlan(current, downgradeTargets(current, target));
    }

    /**
     * Each migration runs in its own write transaction ({@link Dialect#beginWrite}): on SQLite the database's write
     * lock is held only while a migration runs, never while migrations compile or the catalog is read.
     */
    private List<Step> run(Connection c, Direction direction, String target, Consumer<Step> progress,
                           Consumer<String> waiting) {
        List<Step> steps = new ArrayList<>();
        try {
            dialect.lock(c); // first: creating the version tables races too (PostgreSQL's pg_type)
            c.commit();
            try {
                if (!store.exists(c)) {
                    c.rollback();
                    dialect.beginWrite(c, waiting);
                    boolean created = false;
                    try {
                        store.execute(c, store.createTables());
                        created = true;
                    } finally {
                        dialect.endWrite(c, created);
                    }
                }
                Set<String> heads = current(c);
                List<RevisionFile> plan = plan(direction, heads, target);
                if (plan.isEmpty()) {
                    return steps;
                }
                // compiling or loading the migrations and reading the catalog overlap
                Supplier<Map<String, Migration>> loaded = Background.start("autogen-migrations", () -> loader.load(plan));
                Schema state = new JdbcBackend(c, dialect, schemaName).inspect();
                c.commit();
                Map<String, Migration> migrations = loaded.get();
                for (RevisionFile r : plan) {
                    dialect.beginWrite(c, waiting);
                    boolean moved = true, done = false;
                    Set<String> next = headsAfter(heads, r, direction == Direction.UP);
                    long ms = 0;
                    try {
                        moved = !current(c).equals(heads);
                        if (!moved) {
                            long t0 = System.nanoTime();
                            state = stepRetryingLocks(c, r, migrations.get(r.id()), direction, state);
                            ms = (System.nanoTime() - t0) / 1_000_000;
                            store.execute(c, store.moveHeads(heads, next));
                            store.execute(c, direction == Direction.UP ? store.recordApplied(r, clock.instant(), ms)
                                    : store.recordReverted(r));
                            done = true;
                        }
                    } finally {
                        dialect.endWrite(c, done); // commits the migration with its version rows, or nothing
                    }
                    if (done) {
                        heads = next;
                        Step s = new Step(r, ms);
                        steps.add(s);
                        progress.accept(s);
                    }
                    if (moved) {
                        // another process moved the database while we waited for the lock: start again from there
                        steps.addAll(run(c, direction, target, progress, waiting));
                        return steps;
                    }
                }
            } finally {
                c.rollback();
                dialect.unlock(c);
                c.commit();
            }
        } catch (SQLException e) {
            throw new DatabaseException("database error: " + e.getMessage(), e);
        }
        return steps;
    }

    /**
     * One migration, retried when it timed out waiting for a lock (each attempt rolled back whole, so a retry starts
     * clean); after the last retry, one line that names the table and the session holding the lock.
     */
    private Schema stepRetryingLocks(Connection c, RevisionFile r, Migration m, Direction direction, Schema state)
            throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try {
                return step(c, r, m, direction, state);
            } catch (LockTimedOut e) {
                if (attempt > LOCK_RETRIES) {
                    String holder = e.table == null ? null : dialect.lockHolder(c, e.table);
                    throw new MigrationFailed(r, direction == Direction.UP ? "upgrade" : "downgrade", "gave up after "
                            + attempt + " attempts of " + lockTimeout.toMillis() + " ms (lock.timeout) waiting for a lock"
                            + " on table " + (e.table == null ? "?" : e.table)
                            + (holder == null ? "" : ", held by " + holder)
                            + "; nothing was changed: retry when the table is quieter, or raise lock.timeout",
                            e.statement, e);
                }
                try {
                    Thread.sleep(BACKOFF.toMillis() << (attempt - 1));
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new MigrationFailed(r, "upgrade", "interrupted while waiting to retry", null, ie);
                }
            }
        }
    }

    /** A migration rolled back because a statement waited longer than lock.timeout for a lock on {@code table}. */
    private static final class LockTimedOut extends RuntimeException {
        final String table;
        final String statement;

        LockTimedOut(String table, String statement, Throwable cause) {
            super(cause.getMessage(), cause);
            this.table = table;
            this.statement = statement;
        }
    }

    private Schema step(Connection c, RevisionFile r, Migration m, Direction direction, Schema state) throws SQLException {
        if (outsideTransaction(r)) {
            return stepOutside(c, r, m, direction, state);
        }
        JdbcBackend backend = new JdbcBackend(c, dialect, schemaName, true);
        OperationsFacade facade = new OperationsFacade(state, backend);
        String what = direction == Direction.UP ? "upgrade" : "downgrade";
        try (var st = c.createStatement()) {
            for (String sql : dialect.timeouts(lockTimeout, statementTimeout)) {
                st.execute(sql);
            }
        }
        try {
            if (direction == Direction.UP) {
                m.upgrade(facade);
            } else {
                m.downgrade(facade);
            }
            backend.flush();
            return facade.schema();
        } catch (JdbcBackend.StatementFailed e) {
            c.rollback();
            if (dialect.isLockTimeout(e.sqlException())) {
                throw new LockTimedOut(backend.tableOf(e.statement()), e.statement(), e);
            }
            throw new MigrationFailed(r, what, e.getMessage(), e.statement(), e);
        } catch (RuntimeException e) {
            c.rollback();
            throw new MigrationFailed(r, what, e.getMessage() == null ? e.toString() : e.getMessage(), null, e);
        }
    }

    /** The steps of {@code m}, recorded on the model from {@code state}, touching nothing. */
    private static Phases.Split record(Migration m, Direction direction, Schema state) {
        OutsideTransaction.Recorder recorder = new OutsideTransaction.Recorder();
        OperationsFacade facade = new OperationsFacade(state, recorder);
        if (direction == Direction.UP) {
            m.upgrade(facade);
        } else {
            m.downgrade(facade);
        }
        return Phases.split(recorder.ops);
    }

    /**
     * A revision outside a transaction ({@link OutsideTransaction}): refused before its first statement where it
     * can be; the steps an undo can take back one at a time in autocommit, the others (what destroys data, a backfill
     * of a column that was there) last in the transaction that {@link #run} ends with the version rows; on a failure,
     * what ran is undone in reverse.
     */
    private Schema stepOutside(Connection c, RevisionFile r, Migration m, Direction direction, Schema state)
            throws SQLException {
        String what = direction == Direction.UP ? "upgrade" : "downgrade";
        Phases.Split steps;
        try {
            steps = record(m, direction, state);
            var refusal = OutsideTransaction.refusal(steps.all(), state, dialect.emitter(),
                    new JdbcFacts(c, dialect.emitter()));
            if (refusal.isPresent()) {
                throw MigrationFailed.refused(r, what, refusal.get());
            }
        } catch (MigrationFailed e) {
            c.rollback();
            throw e;
        } catch (RuntimeException e) {
            c.rollback();
            throw MigrationFailed.refused(r, what, e.getMessage() == null ? e.toString() : e.getMessage());
        }
        c.commit(); // each step that keeps data commits on its own; the rest and the version rows follow in run()
        c.setAutoCommit(true);
        try (var st = c.createStatement()) {
            for (String sql : dialect.sessionTimeouts(lockTimeout, statementTimeout)) {
                st.execute(sql);
            }
        }
        List<OutsideTransaction.Done> done = new ArrayList<>();
        List<String> carried = new ArrayList<>(); // in words, as the mark of the run under way says them
        // what destroys data and still committed on its own (where DDL is not transactional): no undo takes it back
        List<String> committed = new ArrayList<>();
        Operation current = null;
        store.execute(c, store.recordRunning(r, what, clock.instant()));
        JdbcBackend backend = new JdbcBackend(c, dialect, schemaName, false);
        try {
            for (Operation op : steps.first()) {
                current = op;
                Schema after = backend.apply(op, state);
                done.add(new OutsideTransaction.Done(op, state, after));
                state = after;
                carried.add(step(op));
                markRunning(c, r, what, carried);
            }
            current = null;
            backend.flush();
            c.setAutoCommit(false); // the rest in the transaction that run() ends with the version rows
            // where DDL commits on its own, a step an earlier run carried out before it stopped is skipped here too
            backend = new JdbcBackend(c, dialect, schemaName, dialect.transactionalDdl());
            for (Operation op : steps.last()) {
                state = backend.apply(op, state);
                if (!dialect.transactionalDdl()) { // each of them committed on its own: the mark says so
                    carried.add(step(op));
                    committed.add(step(op));
                    markRunning(c, r, what, carried);
                }
            }
            backend.flush();
            return state;
        } catch (RuntimeException e) {
            if (!c.getAutoCommit()) {
                c.rollback(); // the steps that destroy data: never carried out where DDL is transactional (else: committed)
                c.setAutoCommit(true);
                current = null;
            }
            List<String> kept = new ArrayList<>();
            for (String gone : committed) {
                kept.add(gone + " (" + dialect.title() + " committed it)");
            }
            try {
                kept.addAll(OutsideTransaction.undo(c, dialect, schemaName, current, done));
            } catch (RuntimeException | SQLException undoFailed) {
                markIncomplete(c, r, "part of its steps (undoing them failed: " + reason(undoFailed) + ")");
                throw new MigrationFailed(r, what, reason(e) + "; undoing what it had done failed too ("
                        + reason(undoFailed) + "): the database holds part of it, and the version did not move;"
                        + " run " + what + " again once the cause is fixed (each step is safe to run again)",
                        statementOf(e), e, false);
            }
            if (kept.isEmpty()) {
                try {
                    store.execute(c, store.cleared(r)); // everything undone: nothing under way any more
                } catch (SQLException gone) {
                    // the connection is gone: the mark stays, and says the run did not finish
                }
            } else {
                markIncomplete(c, r, String.join(" and ", kept));
            }
            if (e instanceof JdbcBackend.StatementFailed f && dialect.isLockTimeout(f.sqlException()) && kept.isEmpty()) {
                throw new LockTimedOut(backend.tableOf(f.statement()), f.statement(), e);
            }
            if (kept.isEmpty() && r.transactional()) {
                // a revision that asked for a transaction, on a database whose DDL commits on its own: undoing its
                // statements in reverse is what rolling it back means here
                List<String> ran = done.stream().map(d -> step(d.op())).toList();
                List<String> undone = new ArrayList<>(ran);
                java.util.Collections.reverse(undone);
                throw new MigrationFailed(r, what, reason(e) + " (" + dialect.title() + " commits each DDL statement: "
                        + (undone.isEmpty() ? "no step had run" : "ran " + String.join(", ", ran)
                        + ", undone in reverse: " + String.join(", ", undone)) + "; nothing was changed)",
                        statementOf(e), e);
            }
            throw MigrationFailed.undone(r, what, reason(e), statementOf(e), e, kept);
        } finally {
            try (var st = c.createStatement()) {
                for (String sql : dialect.resetTimeouts()) {
                    st.execute(sql);
                }
            }
            c.setAutoCommit(false);
        }
    }

    /** One step in words for a message: {@code addColumn customer}. */
    private static String step(Operation op) {
        String kind = op.getClass().getSimpleName();
        return Character.toLowerCase(kind.charAt(0)) + kind.substring(1) + (op.table() == null ? "" : " " + op.table());
    }

    /** Keeps the mark of a run under way ({@link VersionStore#recordRunning}) up to date with the steps it carried out. */
    private void markRunning(Connection c, RevisionFile r, String what, List<String> carried) {
        try {
            store.execute(c, store.ranSoFar(r, what, carried));
        } catch (SQLException e) {
            throw new DatabaseException("cannot record the step just carried out in autogen_history: " + e.getMessage(), e);
        }
    }

    /** Names what a failed run left until the revision is applied or reverted ({@link VersionStore#incomplete}). */
    private void markIncomplete(Connection c, RevisionFile r, String what) {
        try {
            c.setAutoCommit(true);
            store.execute(c, store.cleared(r)); // what it left is said by the row below
            store.execute(c, store.recordIncomplete(r, what, clock.instant()));
        } catch (SQLException e) {
            // the connection is gone: the failure's own message still says what was left
        }
    }

    private static String reason(Exception e) {
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    private static String statementOf(RuntimeException e) {
        return e instanceof JdbcBackend.StatementFailed f ? f.statement() : null;
    }

    /** The heads once {@code r} is applied ({@code up}) or reverted, from {@code heads}. */
    private Set<String> headsAfter(Set<String> heads, RevisionFile r, boolean up) {
        Set<String> applied = new HashSet<>(graph.ancestors(heads));
        if (up) {
            applied.add(r.id());
        } else {
            applied.remove(r.id());
        }
        return graph.headsOf(applied);
    }

    /** Prints what {@code upgrade}/{@code downgrade} would run from {@code from}, touching nothing. */
    public void script(boolean up, Set<String> from, String target, Schema start, Consumer<String> out) {
        Direction d = up ? Direction.UP : Direction.DOWN;
        List<RevisionFile> plan = plan(d, from, target);
        if (plan.isEmpty()) {
            out.accept("-- nothing to " + (up ? "upgrade" : "downgrade") + ": the database is at "
                    + (from.isEmpty() ? "base" : String.join(", ", new TreeSet<>(from))));
            return;
        }
        Map<String, Migration> migrations = loader.load(plan);
        store.createTables().forEach(s -> out.accept(s.sql() + ";"));
        Schema state = start;
        Set<String> heads = new TreeSet<>(from);
        for (RevisionFile r : plan) {
            out.accept("");
            out.accept("-- " + (up ? "upgrade" : "downgrade") + " " + r.id() + ": " + r.message().replace('\n', ' '));
            Backends.Script script = new Backends.Script(dialect.emitter(), out);
            if (outsideTransaction(r)) {
                // as upgrade runs it: the steps that keep data each on its own, those that destroy data last, in
                // the transaction that moves the version
                out.accept("-- outside a transaction (transactional = false): each statement commits on its own;"
                        + " what destroys data runs last, with the version rows");
                var steps = record(migrations.get(r.id()), d, state);
                for (Operation op : steps.first()) {
                    state = script.apply(op, state);
                }
                script.finish();
                out.accept("begin;");
                for (Operation op : steps.last()) {
                    state = script.apply(op, state);
                }
                script.finish();
            } else {
                out.accept("begin;");
                OperationsFacade facade = new OperationsFacade(state, script);
                if (up) {
                    migrations.get(r.id()).upgrade(facade);
                } else {
                    migrations.get(r.id()).downgrade(facade);
                }
                script.finish();
                state = facade.schema();
            }
            Set<String> next = headsAfter(heads, r, up);
            store.moveHeads(heads, next).forEach(s -> out.accept(s.inline() + ";"));
            (up ? store.recordApplied(r, clock.instant(), 0) : store.recordReverted(r))
                    .forEach(s -> out.accept(s.inline() + ";"));
            out.accept("commit;");
            heads = new TreeSet<>(next);
        }
    }

    /**
     * True when {@code r} runs statement by statement, outside a transaction, on this database: as it asks, or every
     * revision where DDL is not transactional ({@link Dialect#transactionalDdl}).
     */
    private boolean outsideTransaction(RevisionFile r) {
        return !dialect.transactionalDdl() || !r.transactional() && dialect.runsOutsideTransactions();
    }

    /** Replays migrations onto the in-memory model, from base to {@code upTo}. */
    public Replay replay(Set<String> upTo) {
        List<RevisionFile> plan = graph.upgradePlan(Set.of(), upTo);
        Map<String, Migration> migrations = loader.load(plan);
        Backends.Model backend = new Backends.Model();
        OperationsFacade facade = new OperationsFacade(Schema.EMPTY, backend);
        for (RevisionFile r : plan) {
            try {
                migrations.get(r.id()).upgrade(facade);
            } catch (RuntimeException e) {
                throw new MigrationFailed(r, "replay", e.getMessage() == null ? e.toString() : e.getMessage(), null, e);
            }
        }
        return new Replay(facade.schema(), backend.opaque().stream().map(o -> o.sql()).toList());
    }

    /** One migration replayed on the model: the operations its upgrade performs, each with its source line. */
    public record Performed(RevisionFile revision, Schema before, List<Backends.Recording.Call> calls, Schema after) {}

    /** Replays the upgrades of {@code plan} in order on the model, from {@code start}, recording what each does. */
    public List<Performed> perform(Schema start, List<RevisionFile> plan) {
        Map<String, Migration> migrations = loader.load(plan);
        List<Performed> out = new ArrayList<>();
        Schema state = start;
        for (RevisionFile r : plan) {
            Migration m = migrations.get(r.id());
            Backends.Recording rec = new Backends.Recording(m.getClass().getName());
            OperationsFacade facade = new OperationsFacade(state, rec);
            try {
                m.upgrade(facade);
            } catch (RuntimeException e) {
                throw new MigrationFailed(r, "replay", e.getMessage() == null ? e.toString() : e.getMessage(), null, e);
            }
            out.add(new Performed(r, state, rec.calls(), facade.schema()));
            state = facade.schema();
        }
        return out;
    }

    /** The schema the migrations build, and the hand-written SQL they run that the model cannot follow. */
    public record Replay(Schema schema, List<String> opaqueSql) {}

    /** A migration that failed: rolled back, undone, or (said so) neither. */
    public static final class MigrationFailed extends AutogenException {
        MigrationFailed(RevisionFile r, String what, String reason, String statement, Throwable cause) {
            this(r, what, reason, statement, cause, true);
        }

        /** {@code rolledBack} false: a revision outside a transaction whose undo failed: part of it stays. */
        MigrationFailed(RevisionFile r, String what, String reason, String statement, Throwable cause,
                        boolean rolledBack) {
            this(head(r, what) + (what.equals("replay") ? "" : rolledBack ? " and was rolled back"
                    : " outside a transaction (transactional = false)") + ": " + firstLine(reason)
                    + (statement == null ? "" : "; statement: " + firstLine(statement)), cause);
        }

        private MigrationFailed(String message, Throwable cause) {
            super(message, cause);
        }

        /** Refused before its first statement: nothing was changed. */
        static MigrationFailed refused(RevisionFile r, String what, String reason) {
            return new MigrationFailed("revision " + r.id() + " (" + r.message() + ") " + what
                    + " refused before its first statement, nothing was changed: " + firstLine(reason), null);
        }

        /**
         * Failed outside a transaction, and what it had done was undone in reverse; {@code kept}: what nothing could
         * undo (named until someone deals with it).
         */
        static MigrationFailed undone(RevisionFile r, String what, String reason, String statement, Throwable cause,
                                      List<String> kept) {
            return new MigrationFailed(head(r, what) + " outside a transaction (transactional = false) and was undone"
                    + (kept.isEmpty() ? ", nothing was changed"
                    : " except " + String.join(" and ", kept) + ", which nothing can undo")
                    + "; the version did not move: " + firstLine(reason)
                    + (statement == null ? "" : "; statement: " + firstLine(statement)), cause);
        }

        private static String head(RevisionFile r, String what) {
            return "revision " + r.id() + " (" + r.message() + ") " + what + " failed";
        }

        private static String firstLine(String s) {
            return s == null ? "" : s.lines().map(String::trim).reduce((a, b) -> a + " " + b).orElse("");
        }
    }
}
