package io.autogen.cli;

import io.autogen.runtime.revision.RevisionGraph;
import picocli.CommandLine.Command;

/** {@code heads}: the revisions nothing follows. */
@Command(name = "heads", description = "Show the head revision(s) of the migrations folder.",
        mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        footer = {"", "Example:",
                "  autogen heads"})
final class HeadsCommand extends BaseCommand {
    @Override public Integer call() {
        RevisionGraph g = autogen().graph();
        if (g.isEmpty()) {
            info("No revisions yet: create one with autogen -m MESSAGE.");
        }
        for (String id : g.heads()) {
            out().println(id + " (head) " + g.get(id).message());
        }
        return 0;
    }
}
