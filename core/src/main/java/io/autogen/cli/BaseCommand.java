package io.autogen.cli;

import io.autogen.config.Settings;
import io.autogen.config.SettingsResolver;
import io.autogen.error.ConfigException;
import io.autogen.workflow.Autogen;
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

    private SettingsResolver.Resolved resolved;

    /** The settings, resolved once per command; with -v, each value and where it came from. */
    Settings settings() {
        if (resolved == null) {
            resolved = context().loader().resolve(options());
            if (!resolved.application().files().isEmpty()) {
                verbose("application settings read from " + String.join(", ", resolved.application().files())
                        + (resolved.application().profiles().isEmpty() ? ""
                        : " (profile " + String.join(",", resolved.application().profiles()) + ")"));
            }
            describe(resolved).forEach(this::verbose);
            resolved.warnings().forEach(this::warn);
        }
        return resolved.settings();
    }

    /** One line per setting: its value (passwords masked by the writer) and where it came from. */
    static java.util.List<String> describe(SettingsResolver.Resolved r) {
        Settings s = r.settings();
        java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
        values.put("url", s.url());
        values.put("entities", String.join(",", s.entities().stream().map(p -> relative(s, p)).toList()));
        values.put("migrations", relative(s, s.migrations()));
        values.put("migrations.package", s.migrationsJavaPackage().isEmpty() ? "(default package)" : s.migrationsJavaPackage());
        values.put("naming", s.naming());
        values.put("schema", s.schema() == null ? "(the connection's)" : s.schema());
        values.put("classpath", s.classpath().isEmpty() ? "(none)" : String.join(",", s.classpath()));
        s.hibernate().forEach(values::put);
        java.util.List<String> out = new java.util.ArrayList<>();
        values.forEach((k, v) -> out.add("setting " + k + " = " + v + "  [" + r.origins().getOrDefault(k, "default") + "]"));
        return out;
    }

    private static String relative(Settings s, java.nio.file.Path p) {
        return p.startsWith(s.projectDir()) && !p.equals(s.projectDir()) ? s.projectDir().relativize(p).toString() : p.toString();
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
            throw new ConfigException("-m is empty: say what the migration does, for example"
                    + " -m \"add bio column\"");
        }
        return m;
    }

    /** The process-level things a command needs, fixed by tests. */
    record Context(SettingsLoader loader, Clock clock, java.util.function.Supplier<String> ids, Terminal terminal,
                   java.util.Map<String, String> env) {
        Context(SettingsLoader loader, Clock clock, java.util.function.Supplier<String> ids) {
            this(loader, clock, ids, null, java.util.Map.of());
        }

        /** True when a person is at a terminal: questions, progress lines and colour then. */
        boolean tty() {
            return terminal != null;
        }

        /** Colour only on a terminal, and never with NO_COLOR set (https://no-color.org). */
        boolean colour() {
            return tty() && !env.containsKey("NO_COLOR") && !"dumb".equals(env.get("TERM"));
        }
    }
}
