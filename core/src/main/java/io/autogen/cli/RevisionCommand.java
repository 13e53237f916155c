package io.autogen.cli;

import io.autogen.diff.Renames;
import io.autogen.ops.Operation;
import io.autogen.workflow.Autogen;
import io.autogen.workflow.GenerateWorkflow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code revision -m MSG [--autogenerate]}: a new migration, generated or empty. */
@Command(name = "revision", description = "Create a migration: empty to write by hand, or --autogenerate from the entities.",
        mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        footer = {"", "Example:",
                "  autogen revision -m \"backfill emails\"     (an empty one, to write by hand)",
                "  autogen revision --autogenerate -m \"add bio column\"   (= autogen -m MSG)"})
final class RevisionCommand extends BaseCommand {
    @Option(names = {"-m", "--message"}, required = true, paramLabel = "MSG")
    String message;

    @Option(names = "--autogenerate", description = "diff the entities against the database")
    boolean autogenerate;

    @Option(names = "--rev-id", paramLabel = "ID", description = "use this id (12 lowercase hex)")
    String revId;

    @Option(names = "--head", paramLabel = "REV", description = "parent of the new revision (default: the head)")
    String head;

    @Option(names = "--allow-empty", description = "write a migration even when nothing changed")
    boolean allowEmpty;

    @picocli.CommandLine.Mixin RenameOptions renames = new RenameOptions();

    @Override public Integer call() {
        return generate(this, message, autogenerate, revId, head, allowEmpty, renames);
    }

    static int generate(BaseCommand cmd, String message, boolean autogenerate, String revId, String head,
                        boolean allowEmpty, RenameOptions renames) {
        Terminal terminal = cmd.context().terminal();
        var choices = new Renames.Choices(renames.columns, renames.tables,
                terminal == null ? c -> false : c -> terminal.confirm(cmd.out(), c.describe() + ": rename?"));
        Autogen autogen = cmd.autogen();
        GenerateWorkflow.RevisionResult r = autogen.revision(message(message), autogenerate, revId, head, allowEmpty, choices);
        if (autogenerate) {
            cmd.verbose("entities mapped with " + autogen.hibernate());
            if (!autogen.mappingNote().isEmpty()) {
                cmd.verbose(autogen.mappingNote());
            }
        }
        if (r.file() == null) {
            cmd.info("No changes detected: the database matches the entities. Nothing written"
                    + " (use --allow-empty to write an empty migration).");
            return 0;
        }
        cmd.info("Generated " + cmd.settings().projectDir().relativize(r.file()) + " (revision " + r.id() + ", "
                + r.operations().size() + " operation" + (r.operations().size() == 1 ? "" : "s") + ")");
        for (Operation op : r.operations()) {
            cmd.verbose("  " + op);
        }
        for (var f : r.findings()) {
            cmd.out().println("  " + f.line());
        }
        return 0;
    }
}
