package io.autogen.workflow;

import io.autogen.config.Settings;
import io.autogen.dialect.Dialect;
import io.autogen.diff.CheckSpelling;
import io.autogen.diff.Comparator;
import io.autogen.diff.RenameCandidate;
import io.autogen.diff.Renames;
import io.autogen.error.ConfigException;
import io.autogen.error.RevisionException;
import io.autogen.lint.Finding;
import io.autogen.lint.Linter;
import io.autogen.lint.SafeForms;
import io.autogen.model.Schema;
import io.autogen.ops.Operation;
import io.autogen.render.EditorConfig;
import io.autogen.render.MigrationRenderer;
import io.autogen.render.RevisionHeader;
import io.autogen.revision.RevisionReader;
import io.autogen.runtime.Background;
import io.autogen.runtime.Facts;
import io.autogen.runtime.JdbcFacts;
import io.autogen.runtime.Migrator;
import io.autogen.runtime.revision.RevisionGraph;
import io.autogen.source.catalog.TableFilter;
import io.autogen.spi.Commands;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * {@code -m} and {@code revision}: the entities compared with the database, the operations made safe and linted,
 * rendered into a new migration file; and {@code merge}. A file is written whole or not at all, never over another.
 */
public final class GenerateWorkflow {
    private final Workspace ws;
    private final Settings settings;
    private final Dialect dialect;
    private final Commands commands;
    private final TableFilter filter;
    private final Clock clock;
    private final Supplier<String> ids;

    GenerateWorkflow(Workspace ws, Clock clock, Supplier<String> ids) {
        this.ws = ws;
        this.settings = ws.settings;
        this.dialect = ws.dialect;
        this.commands = ws.commands;
        this.filter = ws.filter;
        this.clock = clock;
        this.ids = ids;
    }

    /**
     * What {@code revision} did: the file written (null when nothing was), the operations in it, and the lint
     * findings of its upgrade (the same ones the file carries as comments).
     */
    public record RevisionResult(Path file, String id, List<Operation> operations, List<Finding> findings) {
        public RevisionResult(Path file, String id, List<Operation> operations) {
            this(file, id, operations, List.of());
        }
    }

    public RevisionResult revision(String message, boolean autogenerate, String revId, String head, boolean allowEmpty) {
        return revision(message, autogenerate, revId, head, allowEmpty, Renames.Choices.NONE);
    }

    public RevisionResult revision(String message, boolean autogenerate, String revId, String head, boolean allowEmpty,
                                   Renames.Choices renames) {
        // Mapping the entities is most of the time: it runs on the other core while the rest reads the database
        Supplier<Schema> desired = autogenerate ? Background.start("autogen-entities", ws::entitySchema) : null;
        try {
            return revision(message, autogenerate, revId, head, allowEmpty, renames, desired);
        } finally {
            if (desired != null) {
                Background.settle(desired); // never still writing to the cache once the command has ended
            }
        }
    }

    private RevisionResult revision(String message, boolean autogenerate, String revId, String head, boolean allowEmpty,
                                    Renames.Choices renames, Supplier<Schema> desired) {
        RevisionGraph graph = ws.graph();
        List<String> parents = parentsFor(graph, head);
        Diff diff = autogenerate ? diff(graph, parents, renames, desired) : Diff.NONE;
        List<Operation> ops = diff.ops();
        List<List<Finding>> findings = diff.findings();
        if (autogenerate && ops.isEmpty() && !allowEmpty) {
            return new RevisionResult(null, null, ops);
        }
        String id = revId != null ? revId : ids.get();
        if (!RevisionReader.ID.matcher(id).matches()) {
            throw new ConfigException("--rev-id must be 12 lowercase hex characters, got " + id);
        }
        if (graph.contains(id)) {
            throw new RevisionException("revision id " + id + " exists already: " + graph.get(id).file());
        }
        var header = new RevisionHeader(id, parents, message, creationTime());
        List<List<String>> comments = findings.isEmpty() ? ops.stream().map(o -> List.<String>of()).toList()
                : findings.stream().map(fs -> fs.stream().map(Finding::comment).toList()).toList();
        var rendered = autogenerate
                ? new MigrationRenderer(settings.templates(), settings.migrationsJavaPackage()).renderWithComments(header, ops, comments)
                : new MigrationRenderer(settings.templates(), settings.migrationsJavaPackage()).render(header, ops);
        return new RevisionResult(write(rendered), id, ops, findings.stream().flatMap(List::stream).toList());
    }

    /** The operations {@code -m} writes (made safe where the database is busy) and each one's lint findings. */
    private record Diff(List<Operation> ops, List<List<Finding>> findings) {
        static final Diff NONE = new Diff(List.of(), List.of());
    }

    /**
     * The database (empty when it is not there yet: a first migration is made against an empty database, and none is
     * created) compared with the entities {@code desired} maps, once the database is at the {@code parents}.
     */
    private Diff diff(RevisionGraph graph, List<String> parents, Renames.Choices renames, Supplier<Schema> desired) {
        return ws.ifPresent(c -> diff(c, graph, parents, renames, desired));
    }

    private Diff diff(Connection c, RevisionGraph graph, List<String> parents, Renames.Choices renames,
                      Supplier<Schema> desired) throws SQLException {
        Migrator m = ws.migrator(graph);
        Set<String> current = c == null ? Set.of() : m.current(c);
        if (!current.equals(new TreeSet<>(parents))) {
            throw new RevisionException("database at " + Workspace.describe(current) + ", head is "
                    + Workspace.describe(new TreeSet<>(parents)) + ": run " + commands.upgrade(null) + " first");
        }
        Schema live = c == null ? filter.apply(Schema.EMPTY) : ws.inspect(c);
        if (c != null) {
            c.rollback(); // end the read before waiting for the entities: a reader can block writers too
        }
        Comparator comparator = new Comparator(dialect.hints());
        List<RenameCandidate> chosen = new Renames(comparator, renames, commands).decide(live, desired.get());
        List<Operation> ops = comparator.compare(live, desired.get(), chosen);
        if (ops.stream().anyMatch(CheckSpelling::dropsCheck)) {
            // the inverse re-creates a check: from the text the migrations wrote, not the catalog's rewrite
            Schema written = m.replay(current).schema();
            live = CheckSpelling.asWritten(live, written, dialect.hints());
            ops = comparator.compare(live, desired.get(), chosen);
        }
        Facts facts = c == null ? Facts.NONE : new JdbcFacts(c, dialect.emitter());
        Linter linter = ws.linter(facts);
        ops = new SafeForms(linter.target(), facts).apply(ops);
        List<List<Finding>> findings = linter.lint(live, ops);
        if (c != null) {
            c.rollback();
        }
        return new Diff(ops, findings);
    }

    private static List<String> parentsFor(RevisionGraph graph, String head) {
        if (head != null && !head.equals("head")) {
            return head.equals("base") ? List.of() : List.of(graph.resolve(head));
        }
        String single = graph.singleHead();
        return single == null ? List.of() : List.of(single);
    }

    /**
     * Now, to the second; a second later for each migration already created in that second, so that a directory
     * listing stays chronological however fast migrations are created.
     */
    private java.time.Instant creationTime() {
        java.time.Instant t = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Path dir = settings.migrations();
        if (!Files.isDirectory(dir)) {
            return t;
        }
        try (var files = Files.list(dir)) {
            Set<String> names = new TreeSet<>(files.map(f -> f.getFileName().toString()).toList());
            while (true) {
                String prefix = MigrationRenderer.filePrefix(t);
                if (names.stream().noneMatch(n -> n.startsWith(prefix))) {
                    return t;
                }
                t = t.plusSeconds(1);
            }
        } catch (IOException e) {
            throw new ConfigException("cannot list " + dir + ": " + e.getMessage());
        }
    }

    /** Writes a new migration whole or not at all, and never over an existing file. */
    private Path write(MigrationRenderer.Rendered rendered) {
        Path dir = settings.migrations();
        Path target = dir.resolve(rendered.fileName());
        try {
            Files.createDirectories(dir);
            if (Files.exists(target)) {
                throw new FileAlreadyExistsException(target.toString());
            }
            // an ordinary file (the umask's permissions, not a temp file's 0600), renamed into place when whole
            Path tmp = dir.resolve("." + rendered.fileName() + "." + ProcessHandle.current().pid() + ".tmp");
            try {
                // laid out as the project's .editorconfig asks, so that its own format check passes
                Files.writeString(tmp, EditorConfig.forFile(target).apply(rendered.text()),
                        java.nio.file.StandardOpenOption.CREATE_NEW);
                Files.move(tmp, target); // no REPLACE_EXISTING: fails rather than overwrite
            } finally {
                Files.deleteIfExists(tmp);
            }
            return target;
        } catch (FileAlreadyExistsException e) {
            throw new ConfigException("migration file " + target + " exists already: autogen never overwrites a file;"
                    + " use another message or wait a minute");
        } catch (IOException e) {
            throw new ConfigException("cannot write " + target + ": " + e.getMessage());
        }
    }

    /** {@code merge}: a revision whose parents are the given heads, with no operations. */
    public RevisionResult merge(String message, List<String> revisions) {
        RevisionGraph graph = ws.graph();
        List<String> parents = new ArrayList<>();
        for (String r : revisions) {
            if (r.equals("heads")) {
                parents.addAll(graph.heads());
            } else {
                parents.add(graph.resolve(r));
            }
        }
        parents = parents.stream().distinct().sorted().toList();
        if (parents.size() < 2) {
            throw new RevisionException("merge needs two or more revisions to merge; heads are "
                    + String.join(", ", graph.heads()));
        }
        String id = ids.get();
        var header = new RevisionHeader(id, parents, message, creationTime());
        return new RevisionResult(write(new MigrationRenderer(settings.templates(), settings.migrationsJavaPackage())
                .render(header, List.of())), id, List.of(), List.of());
    }
}
