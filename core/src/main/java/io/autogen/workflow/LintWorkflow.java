package io.autogen.workflow;

import io.autogen.config.Settings;
import io.autogen.dialect.Dialect;
import io.autogen.error.ConfigException;
import io.autogen.lint.Allowances;
import io.autogen.lint.Finding;
import io.autogen.lint.LintReport;
import io.autogen.lint.Linter;
import io.autogen.lint.Rules;
import io.autogen.model.Schema;
import io.autogen.ops.Operation;
import io.autogen.runtime.Backends;
import io.autogen.runtime.Facts;
import io.autogen.runtime.JdbcFacts;
import io.autogen.runtime.Migrator;
import io.autogen.runtime.VersionStore;
import io.autogen.runtime.revision.RevisionFile;
import io.autogen.runtime.revision.RevisionGraph;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code lint}: the findings of pending migrations, of one revision or of a range, from the operations each
 * performs when replayed on the model, with the reviewer's allowances set apart.
 */
public final class LintWorkflow {
    private final Workspace ws;
    private final Settings settings;
    private final Dialect dialect;

    LintWorkflow(Workspace ws) {
        this.ws = ws;
        this.settings = ws.settings;
        this.dialect = ws.dialect;
    }

    /**
     * {@code lint}: the findings of the pending migrations ({@code range} null: what upgrade head would apply, with
     * the database's row counts), of one revision, or of {@code A:B}, from the operations each performs when
     * replayed on the model. A finding whose code the reviewer allowed above the operation is set apart.
     */
    public LintReport lint(String range) {
        RevisionGraph graph = ws.graph();
        Migrator m = ws.migrator(graph);
        if (range == null) {
            return ws.read(c -> {
                Set<String> current = new VersionStore(dialect).exists(c) ? m.current(c) : Set.of();
                List<RevisionFile> plan = graph.upgradePlan(current, m.upgradeTargets(current, "heads"));
                LintReport report = lint(m, m.replay(current).schema(), plan,
                        new JdbcFacts(c, dialect.emitter()));
                c.rollback();
                return report;
            });
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
        Linter linter = ws.linter(facts);
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
}
