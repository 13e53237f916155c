package io.autogen.cli;

import io.autogen.workflow.StatusWorkflow;

import io.autogen.workflow.Autogen;
import io.autogen.runtime.revision.RevisionFile;
import java.util.Set;
import picocli.CommandLine.Command;

/** {@code current}: the database's revision(s), marked {@code (head)} when they are heads. */
@Command(name = "current", description = "Show the revision(s) the database is at.",
        mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        footer = {"", "Example:",
                "  autogen current"})
final class CurrentCommand extends BaseCommand {
    @Override public Integer call() {
        StatusWorkflow.Status s = autogen().status();
        if (s.current().isEmpty()) {
            out().println("base (no migration applied)");
        }
        for (String id : s.current()) {
            RevisionFile r = s.graph().get(id);
            out().println(id + (s.heads().contains(id) ? " (head)" : "") + " " + r.message());
        }
        s.edited().forEach(id -> warn(EditedWarning.text(id)));
        return 0;
    }

    static String describe(Set<String> heads) {
        return heads.isEmpty() ? "base" : String.join(", ", heads);
    }
}
