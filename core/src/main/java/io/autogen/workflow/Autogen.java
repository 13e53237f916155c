package io.autogen.workflow;

import io.autogen.source.mapping.MappingTarget;

import io.autogen.AutogenMigrations;
import io.autogen.config.Settings;
import io.autogen.diff.Renames;

import io.autogen.check.CheckReport;
import io.autogen.check.DriftCheck;
import io.autogen.compile.ClassCache;
import io.autogen.compile.InMemoryCompiler;
import io.autogen.diff.CheckSpelling;
import io.autogen.diff.Comparator;
import io.autogen.diff.RenameCandidate;
import io.autogen.lint.Allowances;
import io.autogen.runtime.Facts;
import io.autogen.lint.LintReport;
import io.autogen.runtime.Backends;
import java.util.Objects;
import io.autogen.lint.Finding;
import io.autogen.lint.Linter;
import io.autogen.lint.Rules;
import io.autogen.runtime.JdbcFacts;
import java.util.function.Predicate;
import io.autogen.dialect.Dialect;
import io.autogen.dialect.Dialects;
import io.autogen.error.ConfigException;
import io.autogen.error.DatabaseException;
import io.autogen.error.RevisionException;
import io.autogen.model.Schema;
import io.autogen.ops.Operation;
import io.autogen.render.MigrationRenderer;
import io.autogen.render.RevisionHeader;
import io.autogen.runtime.JdbcBackend;
import io.autogen.runtime.Background;
import io.autogen.runtime.ClasspathMigrationSource;
import io.autogen.compile.CompilingMigrationSource;
import io.autogen.runtime.Migrator;
import io.autogen.runtime.VersionStore;
import io.autogen.runtime.revision.RevisionFile;
import io.autogen.runtime.revision.RevisionGraph;
import io.autogen.revision.RevisionReader;
import io.autogen.source.catalog.TableFilter;
import io.autogen.source.entity.EntityDiscovery;
import io.autogen.source.entity.EntityModel;
import io.autogen.spi.Commands;
import io.autogen.spi.HibernateJars;
import io.autogen.source.isolation.ArtifactResolver;
import io.autogen.source.isolation.HibernateRuntime;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * The facade behind every command: each method does one command's work and returns a result object; printing
 * is the caller's job. Clock and id generator are passed in so that tests can fix them. It is long because it is
 * the one place that wires the stages for each command; the work itself lives in the stage packages.
 */
public final class Autogen {
    private final Settings settings;
    private final Clock clock;
    private final Supplier<String> ids;
    private final Dialect dialect;
    private final TableFilter filter;

    private final HibernateJars hibernateJars;

    private final Commands commands;

    public Autogen(Settings settings, Clock clock, Supplier<String> ids) {
        this(settings, clock, ids, ArtifactResolver.jars(settings.cacheDir()), Commands.CLI);
    }

    /**
     * @param hibernateJars where another Hibernate's jars come from (a build's own, or autogen's resolver)
     * @param commands      how fix hints spell the commands they name (the command line's, or a build tool's)
     */
    public Autogen(Settings settings, Clock clock, Supplier<String> ids, HibernateJars hibernateJars, Commands commands) {
        this.hibernateJars = Objects.requireNonNull(hibernateJars, "hibernateJars");
        this.commands = Objects.requireNonNull(commands, "commands");
        this.settings = settings;
        this.clock = clock;
        this.ids = ids;
        this.dialect = Dialects.forUrl(settings.url());
        this.filter = new TableFilter(settings.excludeTables());
    }

    public Dialect dialect() {
        return dialect;
    }

    // ------------------------------------------------------------------ library entry point

    /**
     * Applies the migrations compiled into the application up to head.
     *
     * @deprecated use {@link AutogenMigrations#upgrade(DataSource)}, the library entry point; kept for callers of
     *             before it, with the steps it always returned
     */
    @Deprecated
    public static List<Migrator.Step> upgrade(DataSource dataSource) {
        return upgrade(dataSource, Thread.currentThread().getContextClassLoader());
    }

    /** @deprecated use {@link AutogenMigrations#upgrade(DataSource, ClassLoader, String, Consumer)} */
    @Deprecated
    public static List<Migrator.Step> upgrade(DataSource dataSource, ClassLoader loader) {
        List<Migrator.Step> steps = new ArrayList<>();
        ClasspathMigrationSource source = new ClasspathMigrationSource(loader);
        Map<String, io.autogen.runtime.revision.RevisionFile> byId = new java.util.HashMap<>();
        source.revisions().forEach(r -> byId.put(r.id(), r));
        AutogenMigrations.upgrade(dataSource, loader, "head",
                a -> steps.add(new Migrator.Step(byId.get(a.revision()), a.durationMs())));
        return steps;
    }

    // ------------------------------------------------------------------ inputs

    /** The schema the entities describe, for this dialect, as the application's Hibernate maps them. */
    public Schema entitySchema() {
        HibernateRuntime runtime = hibernate();
        var discovery = new EntityDiscovery(settings.classpath(), settings.cacheDir(), settings.namingClasses(), runtime);
        var target = MappingTarget.of(dialect);
        Map<String, String> hibernateSettings = new java.util.TreeMap<>(settings.hibernate());
        hibernateSettings.remove(HIBERNATE_VERSION); // autogen's setting, not Hibernate's
        EntityModel model = new EntityModel(target, settings.naming(), hibernateSettings, runtime);
        Schema schema = filter.apply(model.load(discovery, settings.entities(), new ClassCache(settings.cacheDir())));
        mappingNote = model.lastNote();
        return schema;
    }

    private volatile String mappingNote = "";

    /** How the entities were last mapped, in one line (Bean Validation constraints applied or not, and why), or "". */
    public String mappingNote() {
        return mappingNote;
    }

    /** The key that names the application's Hibernate version. */
    public static final String HIBERNATE_VERSION = "hibernate.version";

    private HibernateRuntime hibernate;

    /** The Hibernate that maps the entities (found once per command), and where its version came from. */
    public synchronized HibernateRuntime hibernate() {
        if (hibernate == null) {
            hibernate = HibernateRuntime.forProject(settings.hibernate().get(HIBERNATE_VERSION), settings.classpath(),
                    dialect.hibernateArtifact(), hibernateJars);
        }
        return hibernate;
    }

    public RevisionGraph graph() {
        return new RevisionGraph(new RevisionReader().read(settings.migrations()));
    }

    public Connection connect() {
        try {
            Connection c = DriverManager.getConnection(settings.url(), dialect.connectionProperties());
            dialect.configure(c);
            dialect.useSchema(c, settings.schema());
            return c;
        } catch (SQLException e) {
            throw new DatabaseException("cannot connect to " + Dialects.redact(settings.url()) + ": "
                    + firstLine(e.getMessage()) + " (check url in autogen.properties, AUTOGEN_URL or --url)", e);
        }
    }

    /**
     * A connection to a database that is there, for a command that only reads: where connecting would create the
     * database (a SQLite file that is absent), it says so instead, and creates nothing.
     */
    public Connection connectToRead() {
        Path absent = absentDatabase();
        if (absent != null) {
            Path shown = absent.startsWith(settings.projectDir()) ? settings.projectDir().relativize(absent) : absent;
            throw new ConfigException("no database at " + shown + ": point at yours with url= in autogen.properties,"
                    + " AUTOGEN_URL or --url (" + commands.upgrade("head") + " creates this one)");
        }
        return connect();
    }

    /** The database file connecting would create, or null (see {@link io.autogen.dialect.Dialect#absentFile}). */
    public Path absentDatabase() {
        return dialect.absentFile(settings.url(), settings.projectDir());
    }

    private Schema inspect(Connection c) {
        return filter.apply(new JdbcBackend(c, dialect, settings.schema()).inspect());
    }

    private Migrator migrator(RevisionGraph graph) {
        List<String> cp = new ArrayList<>(InMemoryCompiler.processClasspath());
        cp.addAll(settings.classpath());
        return new Migrator(dialect, settings.schema(), graph,
                new CompilingMigrationSource(cp, new ClassCache(settings.cacheDir())), clock)
                .withTimeouts(settings.lockTimeout(), settings.statementTimeout());
    }

    static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }

    // ------------------------------------------------------------------ revision

    /**
     * What {@code revision} did: the file written (null when nothing was), the operations in it, and the lint
     * findings of its upgrade (the same ones the file carries as comments).
     */
    public record RevisionResult(Path file, String id, List<Operation> operations, List<Finding> findings) {
        public RevisionResult(Path file, String id, List<Operation> operations) {
            this(file, id, operations, List.of());
        }
    }


    /** The lint as this database needs it, with the facts {@code facts} knows. */
    public Linter linter(Facts facts) {
        return new Linter(Linter.Target.of(dialect), facts, commands);
    }

    public RevisionResult revision(String message, boolean autogenerate, String revId, String head, boolean allowEmpty) {
        return revision(message, autogenerate, revId, head, allowEmpty, Renames.Choices.NONE);
    }

    public RevisionResult revision(String message, boolean autogenerate, String revId, String head, boolean allowEmpty,
                                   Renames.Choices renames) {
        // Mapping the entities is most of the time: it runs on the other core while the rest reads the database
        Supplier<Schema> desired = autogenerate ? Background.start("autogen-entities", this::entitySchema) : null;
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
        RevisionGraph graph = graph();
        List<String> parents = parentsFor(graph, head);
        List<Operation> ops = List.of();
        List<List<Finding>> findings = List.of();
        if (autogenerate) {
            // a first migration is made against an empty database: one that is not there yet is not created
            try (Connection c = absentDatabase() != null ? null : connect()) {
                Migrator m = migrator(graph);
                Set<String> current = c == null ? Set.of() : m.current(c);
                if (!current.equals(new TreeSet<>(parents))) {
                    throw new RevisionException("database at " + describe(current) + ", head is "
                            + describe(new TreeSet<>(parents)) + ": run " + commands.upgrade(null) + " first");
                }
                Schema live = c == null ? filter.apply(Schema.EMPTY) : inspect(c);
                if (c != null) {
                    c.rollback(); // end the read before waiting for the entities: a reader can block writers too
                }
                Comparator comparator = new Comparator(dialect.hints());
                List<RenameCandidate> chosen = new Renames(comparator, renames, commands).decide(live, desired.get());
                ops = comparator.compare(live, desired.get(), chosen);
                if (ops.stream().anyMatch(Autogen::dropsCheck)) {
                    // the inverse re-creates a check: from the text the migrations wrote, not the catalog's rewrite
                    Schema written = m.replay(current).schema();
                    live = CheckSpelling.asWritten(live, written, dialect.hints());
                    ops = comparator.compare(live, desired.get(), chosen);
                }
                Facts facts = c == null ? Facts.NONE : new JdbcFacts(c, dialect.emitter());
                ops = new io.autogen.lint.SafeForms(linter(facts).target(), facts).apply(ops);
                findings = linter(facts).lint(live, ops);
                if (c != null) {
                    c.rollback();
                }
            } catch (SQLException e) {
                throw new DatabaseException("database error: " + e.getMessage(), e);
            }
            if (ops.isEmpty() && !allowEmpty) {
                return new RevisionResult(null, null, ops);
            }
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

    private static boolean dropsCheck(Operation op) {
        return op instanceof io.autogen.ops.DropConstraint d && d.constraint() instanceof io.autogen.model.Check
                || op instanceof io.autogen.ops.DropTable t && !t.definition().checks().isEmpty();
    }

    private static List<String> parentsFor(RevisionGraph graph, String head) {
        if (head != null && !head.equals("head")) {
            return head.equals("base") ? List.of() : List.of(graph.resolve(head));
        }
        String single = graph.singleHead();
        return single == null ? List.of() : List.of(single);
    }

    private static String describe(Set<String> heads) {
        return heads.isEmpty() ? "base" : String.join(", ", heads);
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
                Files.writeString(tmp, io.autogen.render.EditorConfig.forFile(target).apply(rendered.text()),
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
        RevisionGraph graph = graph();
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

    // ------------------------------------------------------------------ apply

    /** What {@code upgrade} did: the steps, the revisions it found edited since applied, and where it ended. */
    /** {@code incomplete}: what earlier failed runs left that nothing could undo, as it stood before this one. */
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
        RevisionGraph graph = graph();
        try (Connection c = connect()) {
            Map<String, VersionStore.Applied> applied = new VersionStore(dialect).history(c);
            List<String> incomplete = new VersionStore(dialect).incomplete(c);
            List<String> edited = edited(graph, applied);
            c.rollback();
            if (!edited.isEmpty() && !allowEdited) {
                throw new RevisionException(String.join("; ", describeEdited(graph, applied, edited))
                        + ": revert the edit and write a new migration for the change, or accept it with"
                        + " " + commands.upgradeAllowEdited());
            }
            Migrator m = migrator(graph);
            List<Migrator.Step> steps = m.upgrade(c, target, progress, waiting);
            Set<String> now = m.current(c);
            c.rollback();
            return new UpgradeResult(steps, edited, now, incomplete);
        } catch (SQLException e) {
            throw new DatabaseException("database error: " + e.getMessage(), e);
        }
    }

    /** How many migrations {@code upgrade TARGET} would apply now: for a progress count. */
    public int pending(String target) {
        RevisionGraph graph = graph();
        try (Connection c = connect()) {
            int n = migrator(graph).upgradePlan(c, target).size();
            c.rollback();
            return n;
        } catch (SQLException e) {
            throw new DatabaseException("database error: " + e.getMessage(), e);
        }
    }

    public List<Migrator.Step> downgrade(String target, Consumer<Migrator.Step> progress) {
        return downgrade(target, progress, notice -> { });
    }

    public List<Migrator.Step> downgrade(String target, Consumer<Migrator.Step> progress, Consumer<String> waiting) {
        RevisionGraph graph = graph();
        try (Connection c = connect()) {
            return migrator(graph).downgrade(c, target, progress, waiting);
        } catch (SQLException e) {
            throw new DatabaseException("database error: " + e.getMessage(), e);
        }
    }

    /**
     * The SQL {@code upgrade}/{@code downgrade} would run. With a range {@code A:B} it needs no database (the
     * start is replayed offline); otherwise it starts where the database is (base when there is none yet), reading
     * but never writing.
     */
    public void script(boolean up, String target, Consumer<String> out) {
        RevisionGraph graph = graph();
        Migrator m = migrator(graph);
        if (target != null && target.contains(":")) {
            String[] ab = target.split(":", 2);
            Set<String> from = ab[0].isEmpty() || ab[0].equals("base") ? Set.of() : Set.of(graph.resolve(ab[0]));
            Schema start = m.replay(from).schema();
            m.script(up, from, ab[1].isEmpty() ? (up ? "head" : "base") : ab[1], start, out);
            return;
        }
        if (absentDatabase() != null) { // no database yet: the script starts at base, and none is created
            m.script(up, Set.of(), target, Schema.EMPTY, out);
            return;
        }
        try (Connection c = connect()) {
            Set<String> current = m.current(c);
            Schema start = new JdbcBackend(c, dialect, settings.schema()).inspect();
            c.rollback();
            m.script(up, current, target, start, out);
        } catch (SQLException e) {
            throw new DatabaseException("database error: " + e.getMessage(), e);
        }
    }

    public void stamp(List<String> revisions) {
        RevisionGraph graph = graph();
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
        try (Connection c = connect()) {
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
        } catch (SQLException e) {
            throw new DatabaseException("database error: " + e.getMessage(), e);
        }
    }

    // ------------------------------------------------------------------ orientation

    /** Where the database stands: its heads, and applied revisions whose file changed since. */
    public record Status(Set<String> current, List<String> heads, List<String> edited, RevisionGraph graph,
                         Map<String, VersionStore.Applied> applied) {}

    /**
     * The status for read-only commands that are useful without a database ({@code history}): a SQLite file that
     * does not exist is at base and is not created; an unreachable server gives the graph alone, with the reason.
     */
    public Status statusIfReachable(Consumer<String> warn) {
        if (absentDatabase() != null) { // no database yet: the migrations alone, and none created
            RevisionGraph graph = graph();
            return new Status(Set.of(), graph.heads(), List.of(), graph, Map.of());
        }
        try {
            return status();
        } catch (DatabaseException e) {
            warn.accept(e.getMessage() + "; showing the migrations without the database's revision");
            RevisionGraph graph = graph();
            return new Status(Set.of(), graph.heads(), List.of(), graph, Map.of());
        }
    }

    public Status status() {
        RevisionGraph graph = graph();
        try (Connection c = connectToRead()) {
            VersionStore store = new VersionStore(dialect);
            Set<String> current = migrator(graph).current(c);
            Map<String, VersionStore.Applied> applied = store.history(c);
            c.rollback();
            return new Status(current, graph.heads(), edited(graph, applied), graph, applied);
        } catch (SQLException e) {
            throw new DatabaseException("database error: " + e.getMessage(), e);
        }
    }

    /** Applied revisions whose migration file changed since they were applied. */
    public static List<String> edited(RevisionGraph graph, Map<String, VersionStore.Applied> applied) {
        List<String> out = new ArrayList<>();
        applied.forEach((rev, a) -> {
            boolean fromClass = a.checksum().startsWith(ClasspathMigrationSource.CLASS_CHECKSUM_PREFIX);
            if (!fromClass && graph.contains(rev) && !graph.get(rev).checksum().equals(a.checksum())) {
                out.add(rev);
            }
        });
        return out;
    }

    /**
     * What an edited applied migration is, for people: its revision, its file, and that its code no longer matches
     * the checksum recorded when it was applied (the applied code itself is not stored, so that is all that is known).
     */
    public List<String> describeEdited(RevisionGraph graph, Map<String, VersionStore.Applied> applied,
                                       List<String> edited) {
        List<String> out = new ArrayList<>();
        for (String id : edited) {
            RevisionFile r = graph.get(id);
            Path file = r.file() == null ? null : r.file().toAbsolutePath();
            String where = file == null ? "" : " (" + (file.startsWith(settings.projectDir())
                    ? settings.projectDir().relativize(file) : file) + ")";
            VersionStore.Applied a = applied.get(id);
            out.add("revision " + id + where + " was edited after it was applied"
                    + (a == null ? "" : " at " + a.appliedAt())
                    + ": its code no longer matches the checksum recorded in autogen_history");
        }
        return out;
    }

    public RevisionFile show(String revision) {
        RevisionGraph graph = graph();
        if (revision.equals("head")) {
            String h = graph.singleHead();
            if (h == null) {
                throw new RevisionException("there are no revisions yet: create one with autogen -m MESSAGE");
            }
            return graph.get(h);
        }
        return graph.get(graph.resolve(revision));
    }

    // ------------------------------------------------------------------ lint

    /**
     * {@code lint}: the findings of the pending migrations ({@code range} null: what upgrade head would apply, with
     * the database's row counts), of one revision, or of {@code A:B}, from the operations each performs when
     * replayed on the model. A finding whose code the reviewer allowed above the operation is set apart.
     */
    public LintReport lint(String range) {
        RevisionGraph graph = graph();
        Migrator m = migrator(graph);
        if (range == null) {
            try (Connection c = connectToRead()) {
                Set<String> current = new VersionStore(dialect).exists(c) ? m.current(c) : Set.of();
                List<RevisionFile> plan = graph.upgradePlan(current, m.upgradeTargets(current, "heads"));
                LintReport report = lint(m, m.replay(current).schema(), plan,
                        new JdbcFacts(c, dialect.emitter()));
                c.rollback();
                return report;
            } catch (SQLException e) {
                throw new DatabaseException("database error: " + e.getMessage(), e);
            }
        }
        if (range.contains(":")) {
            String[] ab = range.split(":", 2);
            Set<String> from = ab[0].isEmpty() || ab[0].equals("base") ? Set.of() : Set.of(graph.resolve(ab[0]));
            Set<String> to = ab[1].isEmpty() || ab[1].equals("head") || ab[1].equals("heads")
                    ? new TreeSet<>(graph.heads()) : Set.of(graph.resolve(ab[1]));
            return lint(m, m.replay(from).schema(), graph.upgradePlan(from, to), Facts.NONE);
        }
        RevisionFile r = graph.get(range.equals("head") ? Objects.requireNonNull(graph.singleHead(),
                "there are no revisions yet") : graph.resolve(range));
        return lint(m, m.replay(new TreeSet<>(r.parents())).schema(), List.of(r), Facts.NONE);
    }

    private LintReport lint(Migrator m, Schema start, List<RevisionFile> plan, Facts facts) {
        Linter linter = linter(facts);
        List<LintReport.Entry> entries = new ArrayList<>();
        for (Migrator.Performed p : m.perform(start, plan)) {
            List<Operation> ops = p.calls().stream().map(Backends.Recording.Call::op).toList();
            List<List<Finding>> found = new ArrayList<>(linter.lint(p.before(), ops));
            if (p.revision().transactional() && dialect.runsOutsideTransactions()) {
                for (int i = 0; i < ops.size(); i++) {
                    if (ops.get(i).outsideTransaction()) { // upgrade would refuse it: say so before it is applied
                        List<Finding> more = new ArrayList<>(found.get(i));
                        more.add(new Finding(Rules.OUTSIDE_TRANSACTION, ops.get(i).table(), null, "the online form"
                                + " on " + ops.get(i).table() + " cannot run inside the transaction this revision runs in"));
                        found.set(i, more);
                    }
                }
            }
            List<String> source = sourceLines(p.revision().file());
            List<Finding> remain = new ArrayList<>(), allowed = new ArrayList<>();
            for (int i = 0; i < ops.size(); i++) {
                Set<String> ok = Allowances.at(source, p.calls().get(i).line());
                for (Finding f : found.get(i)) {
                    (ok.contains(f.code()) ? allowed : remain).add(f);
                }
            }
            entries.add(new LintReport.Entry(p.revision().id(), p.revision().message(),
                    settings.projectDir().relativize(p.revision().file().toAbsolutePath()).toString(), remain, allowed));
        }
        return new LintReport(entries);
    }

    private static List<String> sourceLines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new ConfigException("cannot read " + file + ": " + e.getMessage());
        }
    }

    // ------------------------------------------------------------------ check

    public CheckReport check(boolean offline) {
        Supplier<Schema> entities = Background.start("autogen-entities", this::entitySchema);
        try {
            return check(offline, entities);
        } finally {
            Background.settle(entities); // never still writing to the cache once the command has ended
        }
    }

    private CheckReport check(boolean offline, Supplier<Schema> entities) {
        RevisionGraph graph = graph();
        DriftCheck drift = new DriftCheck(new Comparator(dialect.hints()), commands);
        Migrator m = migrator(graph);
        Set<String> heads = new TreeSet<>(graph.heads());
        if (offline) {
            Migrator.Replay replay = m.replay(heads);
            return drift.offline(filter.apply(replay.schema()), replay.opaqueSql(), entities.get());
        }
        try (Connection c = connectToRead()) {
            Schema live = inspect(c);
            boolean managed = new VersionStore(dialect).exists(c);
            Set<String> current = managed ? m.current(c) : Set.of();
            c.rollback();
            if (!managed) {
                return drift.unmanaged(live, entities.get());
            }
            List<String> incomplete = new VersionStore(dialect).incomplete(c);
            c.rollback();
            if (!incomplete.isEmpty()) {
                return drift.incomplete(incomplete);
            }
            if (!current.equals(heads)) {
                return drift.notAtHead(describe(current), describe(heads));
            }
            Map<String, VersionStore.Applied> applied = managed ? new VersionStore(dialect).history(c) : Map.of();
            c.rollback();
            List<String> edited = edited(graph, applied);
            if (!edited.isEmpty()) {
                // the drift an edit causes would send the user to the database; the edit is what to fix
                return drift.edited(describeEdited(graph, applied, edited));
            }
            Migrator.Replay replay = m.replay(heads);
            return drift.online(live, filter.apply(replay.schema()), replay.opaqueSql(), entities.get());
        } catch (SQLException e) {
            throw new DatabaseException("database error: " + e.getMessage(), e);
        }
    }
}
