package io.autogen.cli;

import io.autogen.Autogen;
import io.autogen.Settings;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What every subcommand shares: global options, settings, the facade, and the writers it prints to. */
abstract class BaseCommand implements Callable<Integer> {
    @Mixin GlobalOptions globals = new GlobalOptions();
    @Spec CommandSpec spec;

    GlobalOptions options() {
        Object parent = spec.parent() == null ? null : spec.parent().userObject();
        return parent instanceof AutogenCommand top ? globals.over(top.globals) : globals;
    }

    Settings settings() {
        return context().loader().load(options());
    }

    Autogen autogen() {
        Context ctx = context();
        return new Autogen(settings(), ctx.clock(), ctx.ids());
    }

    Context context() {
        return ((AutogenCommand) spec.root().userObject()).context;
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** A line for people: suppressed by --quiet. */
    void info(String line) {
        if (!options().quiet) {
            out().println(line);
        }
    }

    void verbose(String line) {
        if (options().verbose && !options().quiet) {
            out().println(line);
        }
    }

    /** That the command waits for something outside it (another process's lock): on stderr, even with --quiet. */
    void waiting(String line) {
        spec.commandLine().getErr().println("autogen: waiting: " + line);
    }

    void warn(String line) {
        spec.commandLine().getErr().println("autogen: warning: " + line);
    }

    /** The -m message, which names the migration's file and says what it does: an empty one is an error. */
    static String message(String m) {
        if (m == null || m.isBlank()) {
            throw new io.autogen.error.ConfigException("-m is empty: say what the migration does, for example"
                    + " -m \"add bio column\"");
        }
        return m;
    }

    /** The process-level things a command needs, fixed by tests. */
    record Context(SettingsLoader loader, Clock clock, java.util.function.Supplier<String> ids, Terminal terminal) {}
}
