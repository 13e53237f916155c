package io.autogen.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code merge -m MSG REV...} (or {@code heads}). */
@Command(name = "merge", description = "Write a revision that merges two or more heads.",
        mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        footer = {"", "Example:",
                "  autogen merge -m \"merge branches\" heads"})
final class MergeCommand extends BaseCommand {
    @Option(names = {"-m", "--message"}, required = true, paramLabel = "MSG")
    String message;

    @Parameters(arity = "1..*", paramLabel = "REV", description = "revisions to merge, or: heads")
    List<String> revisions;

    @Override public Integer call() {
        var r = autogen().merge(message(message), revisions);
        info("Generated " + settings().projectDir().relativize(r.file()) + " (merge revision " + r.id() + ")");
        return 0;
    }
}
