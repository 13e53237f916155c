package io.autogen.cli;

import io.autogen.error.ConfigException;
import io.autogen.runtime.revision.RevisionFile;
import io.autogen.runtime.revision.RevisionGraph;
import io.autogen.workflow.Autogen;
import io.autogen.workflow.StatusWorkflow;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code history [-r A:B]}: revisions newest first, with who follows whom. */
@Command(name = "history", description = "List revisions, newest first.",
        mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        footer = {"", "Example:",
                "  autogen history",
                "  autogen history -r 3f808fd037f1:head"})
final class HistoryCommand extends BaseCommand {
    @Option(names = {"-r", "--rev-range"}, paramLabel = "A:B", description = "only revisions after A up to B")
    String range;

    @Override public Integer call() {
        Autogen autogen = autogen();
        StatusWorkflow.Status status = autogen.statusIfReachable(this::warn);
        RevisionGraph g = status.graph();
        List<RevisionFile> revisions = new ArrayList<>(inRange(g));
        java.util.Collections.reverse(revisions);
        if (revisions.isEmpty()) {
            info("No revisions yet: create one with autogen -m MESSAGE.");
        }
        for (RevisionFile r : revisions) {
            String parents = r.parents().isEmpty() ? "<base>" : String.join(", ", r.parents());
            List<String> marks = new ArrayList<>();
            if (g.heads().contains(r.id())) marks.add("head");
            if (status.current().contains(r.id())) marks.add("current");
            if (status.edited().contains(r.id())) marks.add("edited since applied");
            if (r.isMerge()) marks.add("merge");
            out().println(parents + " -> " + r.id() + (marks.isEmpty() ? "" : " (" + String.join(", ", marks) + ")")
                    + ", " + r.message());
        }
        status.edited().forEach(id -> warn(EditedWarning.text(id)));
        return 0;
    }

    private List<RevisionFile> inRange(RevisionGraph g) {
        if (range == null) {
            return g.ordered();
        }
        String[] ab = range.split(":", 2);
        if (ab.length != 2) {
            throw new ConfigException("-r takes a range A:B (either side may be empty), got " + range);
        }
        Set<String> from = ab[0].isEmpty() || ab[0].equals("base") ? Set.of() : Set.of(g.resolve(ab[0]));
        Set<String> to = ab[1].isEmpty() || ab[1].equals("heads") || ab[1].equals("head")
                ? Set.copyOf(g.heads()) : Set.of(g.resolve(ab[1]));
        return g.upgradePlan(from, to);
    }
}
