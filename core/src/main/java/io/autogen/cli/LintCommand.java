package io.autogen.cli;

import io.autogen.lint.LintReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lint [REV | A:B] [--format text|json] [--strict]}: exit 1 when an error (with --strict, a warning) remains. */
@Command(name = "lint", description = "Check pending (or named) migrations against the lint rules (docs/lint.md).",
        mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        footer = {"", "Example:",
                "  autogen lint --strict                (exit 1 on any warning too)",
                "  autogen lint 3f808fd037f1 --format json"})
final class LintCommand extends BaseCommand {
    enum Format { text, json }

    @Parameters(arity = "0..1", paramLabel = "REV|A:B", description = "a revision or a range (default: the pending ones)")
    String range;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json")
    Format format;

    @Option(names = "--strict", description = "fail on warnings too")
    boolean strict;

    @Override public Integer call() {
        LintReport report = autogen().lint(range);
        if (format == Format.json) {
            out().println(report.toJson());
        } else {
            report.text().forEach(out()::println);
        }
        return report.fails(strict) ? 1 : 0;
    }
}
