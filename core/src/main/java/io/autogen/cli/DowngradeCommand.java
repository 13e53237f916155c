package io.autogen.cli;

import io.autogen.workflow.Autogen;
import io.autogen.runtime.Migrator;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code downgrade TARGET [--sql]}. */
@Command(name = "downgrade", description = "Revert migrations down to TARGET: -N, base, or REV.",
        mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        footer = {"", "Example:",
                "  autogen downgrade -1                (revert the last migration)",
                "  autogen downgrade base --sql"})
final class DowngradeCommand extends BaseCommand {
    @Parameters(arity = "1", paramLabel = "TARGET")
    String target;

    @Option(names = "--sql", description = "print the SQL instead of running it")
    boolean sql;

    @Override public Integer call() {
        Autogen autogen = autogen();
        if (sql) {
            autogen.script(false, target, out()::println);
            return 0;
        }
        List<Migrator.Step> steps = autogen.downgrade(target, s -> info("Reverted " + s.revision().id() + " "
                + s.revision().message() + " (" + s.durationMs() + " ms)"), this::waiting);
        if (steps.isEmpty()) {
            info("Nothing to downgrade.");
        }
        return 0;
    }
}
