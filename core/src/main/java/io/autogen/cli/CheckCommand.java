package io.autogen.cli;

import io.autogen.workflow.Autogen;

import io.autogen.check.CheckReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code check [--offline] [--format text|json]}: exit 0 clean, 1 drift. */
@Command(name = "check", description = "Check that entities, migrations and database agree (exit 1 when not).",
        mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        footer = {"", "Example:",
                "  autogen check --offline             (pre-commit, CI: no database needed)",
                "  autogen check --format json"})
final class CheckCommand extends BaseCommand {
    enum Format { text, json }

    @Option(names = "--offline", description = "no database: replay the migrations in memory")
    boolean offline;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json")
    Format format;

    @Override public Integer call() {
        Autogen autogen = autogen();
        CheckReport report = autogen.check(offline);
        if (format == Format.json) {
            out().println(report.toJson());
            return report.clean() ? 0 : 1;
        }
        verbose("entities mapped with " + autogen.hibernate());
        if (!autogen.mappingNote().isEmpty()) {
            verbose(autogen.mappingNote());
        }
        for (CheckReport.Difference d : report.differences()) {
            out().println(d.kind() + ": " + d.message());
        }
        for (String sql : report.opaqueSql()) {
            verbose("opaque (not replayed): " + sql.replace('\n', ' '));
        }
        if (report.clean()) {
            info(offline ? "No drift: the migrations build what the entities describe."
                    : "No drift: entities, migrations and database agree.");
            return 0;
        }
        out().println("fix: " + report.fix());
        return 1;
    }
}
