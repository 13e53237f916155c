package io.autogen.workflow;

import io.autogen.check.CheckReport;
import io.autogen.config.Settings;
import io.autogen.dialect.Dialect;
import io.autogen.diff.Renames;
import io.autogen.lint.LintReport;
import io.autogen.model.Schema;
import io.autogen.runtime.Migrator;
import io.autogen.runtime.revision.RevisionFile;
import io.autogen.runtime.revision.RevisionGraph;
import io.autogen.source.isolation.ArtifactResolver;
import io.autogen.source.isolation.HibernateRuntime;
import io.autogen.spi.Commands;
import io.autogen.spi.HibernateJars;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The one entry point of the generator's workflows, for the command line and {@code io.autogen.project}: each method
 * is one command, done by the workflow of its stage ({@link GenerateWorkflow}, {@link ApplyWorkflow},
 * {@link StatusWorkflow}, {@link LintWorkflow}, {@link CheckWorkflow}) on one {@link Workspace}, and returns a result
 * object; printing is the caller's job. Clock and id generator are passed in so that tests can fix them.
 */
public final class Autogen {
    private final Workspace ws;
    private final GenerateWorkflow generate;
    private final ApplyWorkflow apply;
    private final StatusWorkflow status;
    private final LintWorkflow lint;
    private final CheckWorkflow check;

    public Autogen(Settings settings, Clock clock, Supplier<String> ids) {
        this(settings, clock, ids, ArtifactResolver.jars(settings.cacheDir()), Commands.CLI);
    }

    /**
     * @param hibernateJars where another Hibernate's jars come from (a build's own, or autogen's resolver)
     * @param commands      how fix hints spell the commands they name (the command line's, or a build tool's)
     */
    public Autogen(Settings settings, Clock clock, Supplier<String> ids, HibernateJars hibernateJars, Commands commands) {
        this.ws = new Workspace(settings, clock, hibernateJars, commands);
        this.generate = new GenerateWorkflow(ws, clock, ids);
        this.apply = new ApplyWorkflow(ws);
        this.status = new StatusWorkflow(ws);
        this.lint = new LintWorkflow(ws);
        this.check = new CheckWorkflow(ws);
    }

    // ------------------------------------------------------------------ the project

    public Dialect dialect() {
        return ws.dialect;
    }

    /** The schema the entities describe, for this dialect, as the application's Hibernate maps them. */
    public Schema entitySchema() {
        return ws.entitySchema();
    }

    /** How the entities were last mapped, in one line (Bean Validation constraints applied or not, and why), or "". */
    public String mappingNote() {
        return ws.mappingNote();
    }

    /** The Hibernate that maps the entities (found once per command), and where its version came from. */
    public HibernateRuntime hibernate() {
        return ws.hibernate();
    }

    public RevisionGraph graph() {
        return ws.graph();
    }

    public Connection connect() {
        return ws.connect();
    }

    /**
     * A connection to a database that is there, for a command that only reads: where connecting would create the
     * database (a SQLite file that is absent), it says so instead, and creates nothing.
     */
    public Connection connectToRead() {
        return ws.connectToRead();
    }

    /** The database file connecting would create, or null (see {@link Dialect#absentFile}). */
    public Path absentDatabase() {
        return ws.absentDatabase();
    }

    // ------------------------------------------------------------------ commands

    /** {@code revision} / {@code -m}: see {@link GenerateWorkflow#revision}. */
    public GenerateWorkflow.RevisionResult revision(String message, boolean autogenerate, String revId, String head,
                                                    boolean allowEmpty) {
        return generate.revision(message, autogenerate, revId, head, allowEmpty);
    }

    public GenerateWorkflow.RevisionResult revision(String message, boolean autogenerate, String revId, String head,
                                                    boolean allowEmpty, Renames.Choices renames) {
        return generate.revision(message, autogenerate, revId, head, allowEmpty, renames);
    }

    public GenerateWorkflow.RevisionResult merge(String message, List<String> revisions) {
        return generate.merge(message, revisions);
    }

    public ApplyWorkflow.UpgradeResult upgrade(String target, boolean allowEdited, Consumer<Migrator.Step> progress) {
        return apply.upgrade(target, allowEdited, progress);
    }

    /** @param waiting told when another process holds the database's write lock and the upgrade waits for it */
    public ApplyWorkflow.UpgradeResult upgrade(String target, boolean allowEdited, Consumer<Migrator.Step> progress,
                                               Consumer<String> waiting) {
        return apply.upgrade(target, allowEdited, progress, waiting);
    }

    public int pending(String target) {
        return apply.pending(target);
    }

    public List<Migrator.Step> downgrade(String target, Consumer<Migrator.Step> progress) {
        return apply.downgrade(target, progress);
    }

    public List<Migrator.Step> downgrade(String target, Consumer<Migrator.Step> progress, Consumer<String> waiting) {
        return apply.downgrade(target, progress, waiting);
    }

    public void script(boolean up, String target, Consumer<String> out) {
        apply.script(up, target, out);
    }

    public void stamp(List<String> revisions) {
        apply.stamp(revisions);
    }

    public StatusWorkflow.Status statusIfReachable(Consumer<String> warn) {
        return status.statusIfReachable(warn);
    }

    public StatusWorkflow.Status status() {
        return status.status();
    }

    public RevisionFile show(String revision) {
        return status.show(revision);
    }

    public LintReport lint(String range) {
        return lint.lint(range);
    }

    public CheckReport check(boolean offline) {
        return check.check(offline);
    }
}
