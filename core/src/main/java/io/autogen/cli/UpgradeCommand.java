package io.autogen.cli;

import io.autogen.workflow.ApplyWorkflow;

import io.autogen.workflow.Autogen;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code upgrade [TARGET] [--sql]}. */
@Command(name = "upgrade", description = "Apply migrations up to TARGET: head (default), heads, +N, REV or a REV prefix.",
        mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        footer = {"", "Example:",
                "  autogen upgrade head",
                "  autogen upgrade head --sql > upgrade.sql   (the SQL to review; runs nothing)"})
final class UpgradeCommand extends BaseCommand {
    @Parameters(arity = "0..1", paramLabel = "TARGET", defaultValue = "head")
    String target;

    @Option(names = "--sql", description = "print the SQL instead of running it (A:B ranges need no database)")
    boolean sql;

    @Option(names = "--allow-edited", description = "apply even though an applied migration was edited since")
    boolean allowEdited;

    @Override public Integer call() {
        Autogen autogen = autogen();
        if (sql) {
            autogen.script(true, target, out()::println);
            return 0;
        }
        Context ctx = context();
        // on a terminal, a count: [3/12] 9b9c4d16 add bio column ... 41 ms; in a pipe, the plain lines of before
        int total = ctx.tty() && !options().quiet ? autogen.pending(target) : 0;
        int[] done = {0};
        ApplyWorkflow.UpgradeResult result = autogen.upgrade(target, allowEdited, s -> {
            if (total > 0) {
                done[0]++;
                String count = "[" + done[0] + "/" + total + "]";
                String ms = s.durationMs() + " ms";
                info((ctx.colour() ? "\u001b[2m" + count + "\u001b[0m" : count) + " " + s.revision().id().substring(0, 8)
                        + " " + s.revision().message() + " ... " + (ctx.colour() ? "\u001b[32m" + ms + "\u001b[0m" : ms));
            } else {
                info("Applied " + s.revision().id() + " " + s.revision().message() + " (" + s.durationMs() + " ms)");
            }
        }, this::waiting);
        result.incomplete().forEach(w -> warn(w + " (an earlier upgrade; applying that revision clears this)"));
        result.edited().forEach(id -> warn(EditedWarning.text(id)));
        if (result.steps().isEmpty()) {
            info("Nothing to upgrade: the database is at " + CurrentCommand.describe(result.current()) + ".");
        }
        return 0;
    }
}
