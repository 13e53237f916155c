package io.autogen.cli;

import io.autogen.runtime.revision.RevisionFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code show REV}. */
@Command(name = "show", description = "Show one revision.",
        mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        footer = {"", "Example:",
                "  autogen show 3f808fd037f1"})
final class ShowCommand extends BaseCommand {
    @Parameters(paramLabel = "REV")
    String revision;

    @Override public Integer call() {
        var autogen = autogen();
        RevisionFile r = autogen.show(revision);
        var g = autogen.graph();
        out().println("Revision: " + r.id());
        out().println("Parents:  " + (r.parents().isEmpty() ? "<base>" : String.join(", ", r.parents())));
        out().println("Children: " + (g.childrenOf(r.id()).isEmpty() ? "none (head)" : String.join(", ", g.childrenOf(r.id()))));
        out().println("Message:  " + r.message());
        out().println("Created:  " + r.created());
        out().println("File:     " + autogen_relative(r));
        return 0;
    }

    private String autogen_relative(RevisionFile r) {
        try {
            return settings().projectDir().relativize(r.file().toAbsolutePath()).toString();
        } catch (IllegalArgumentException e) {
            return r.file().toString(); // on another root: the absolute path is the honest answer
        }
    }
}
