package io.autogen.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code stamp REV...}: set the version without running migrations. */
@Command(name = "stamp", description = "Record REV(s) as the database's version without running anything.",
        mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        footer = {"", "Example:",
                "  autogen stamp head                  (a database made another way is at head)"})
final class StampCommand extends BaseCommand {
    @Parameters(arity = "1..*", paramLabel = "REV")
    List<String> revisions;

    @Override public Integer call() {
        var autogen = autogen();
        autogen.stamp(revisions);
        info("Stamped the database at " + CurrentCommand.describe(autogen.status().current()) + ".");
        return 0;
    }
}
