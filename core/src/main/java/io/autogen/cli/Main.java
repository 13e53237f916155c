package io.autogen.cli;

import io.autogen.daemon.DaemonClient;
import io.autogen.daemon.DaemonFiles;
import io.autogen.dialect.Dialects;
import io.autogen.error.AutogenException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;

/** Entry point: builds the command line, maps every failure to exit code 2 with one line, and exits. */
public final class Main {
    /** The loggers autogen quietens; made when a command runs (a command the daemon runs needs none here). */
    private static final class Logs {
        /** Held so that the level set on it is not lost to garbage collection. */
        static final Logger HIBERNATE = Logger.getLogger("org.hibernate");
        /**
         * Drivers log to the real stderr, past the mask (pgjdbc's warning about a URL's port quotes
         * {@code user:password@host} whole); what they have to say reaches the user as the exception autogen reports,
         * so their logs stay silent.
         */
        static final java.util.List<Logger> DRIVERS = Dialects.all().stream()
                .flatMap(d -> d.driverLoggers().stream()).map(Logger::getLogger).toList();
    }

    private Main() {}

    /** {@code $XDG_CACHE_HOME/autogen}, else {@code ~/.cache/autogen}; null without a home. */
    static Path userCache(Map<String, String> env) {
        String xdg = env.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "autogen");
        }
        String home = env.getOrDefault("HOME", System.getProperty("user.home"));
        return home == null || home.isBlank() ? null : Path.of(home, ".cache", "autogen");
    }

    public static void main(String[] args) {
        Map<String, String> env = System.getenv();
        boolean tty = System.console() != null;
        // a running daemon of this autogen runs the command without a JVM start-up (and says when it will not)
        DaemonFiles daemon = DaemonFiles.of(userCache(env));
        int served = DaemonClient.run(daemon, Path.of("").toAbsolutePath().toString(),
                java.util.List.of(args), env, tty, System.in, System.out, System.err);
        if (served != DaemonClient.NOT_RUN) {
            System.exit(served);
        }
        DaemonCommand.startForNextTime(daemon, args, env);
        PrintWriter out = new PrintWriter(System.out, true), err = new PrintWriter(System.err, true);
        ForeignNoise.silence(java.util.Arrays.asList(args).contains("--debug")); // after: autogen's writers bypass it
        Terminal terminal = !tty ? null : new Terminal(new java.io.BufferedReader(
                new java.io.InputStreamReader(System.in, java.nio.charset.Charset.defaultCharset())));
        Path cache = userCache(env);
        Dialects.all().forEach(d -> d.prepareDriver(cache));
        System.exit(run(args, out, err, env,
                Path.of("").toAbsolutePath(), Clock.systemUTC(), randomIds(), terminal));
    }

    static Supplier<String> randomIds() {
        SecureRandom random = new SecureRandom();
        return () -> {
            byte[] b = new byte[6];
            random.nextBytes(b);
            return HexFormat.of().formatHex(b);
        };
    }

    /** Runs one command line; what tests call instead of {@link #main}. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env, Path workingDir,
                          Clock clock, Supplier<String> ids) {
        return run(args, out, err, env, workingDir, clock, ids, (Terminal) null);
    }

    /** @param tty whether a person is at the terminal: progress lines and colour then, questions read from stdin */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env, Path workingDir,
                          Clock clock, Supplier<String> ids, boolean tty) {
        return run(args, out, err, env, workingDir, clock, ids, tty ? new Terminal(new java.io.BufferedReader(
                new java.io.InputStreamReader(System.in, java.nio.charset.Charset.defaultCharset()))) : null);
    }

    /**
     * As above, with the terminal questions are asked on ({@code null}: none, as in a script or CI); progress
     * lines and colour only when there is one.
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env, Path workingDir,
                          Clock clock, Supplier<String> ids, Terminal terminal) {
        boolean debug = java.util.Arrays.asList(args).contains("--debug");
        Logs.HIBERNATE.setLevel(debug ? Level.INFO : Level.SEVERE);
        Logs.DRIVERS.forEach(l -> l.setLevel(Level.OFF));
        // every line printed goes through the mask: the passwords of the URLs on the command line and in the
        // environment are known now, the one from autogen.properties when the settings are loaded
        Secrets secrets = new Secrets();
        java.util.Arrays.stream(args).forEach(secrets::addFrom);
        secrets.addFrom(env.get("AUTOGEN_URL"));
        PrintWriter rawOut = out, rawErr = err;
        out = new PrintWriter(secrets.masking(rawOut), true);
        err = new PrintWriter(secrets.masking(rawErr), true);
        var context = new BaseCommand.Context(new SettingsLoader(env, workingDir, secrets::addFrom), clock, ids,
                terminal, env);
        CommandLine cl = new CommandLine(new AutogenCommand(context));
        cl.setColorScheme(CommandLine.Help.defaultColorScheme(context.colour() ? CommandLine.Help.Ansi.ON
                : CommandLine.Help.Ansi.OFF));
        cl.setAllowSubcommandsAsOptionParameters(true); // autogen -m init: "init" is a message here
        cl.setOut(out);
        cl.setErr(err);
        PrintWriter errors = err;
        cl.setParameterExceptionHandler((ex, a) -> {
            errors.println("autogen: error: " + ex.getMessage() + " (see autogen --help)");
            return 2;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof AutogenException) {
                errors.println("autogen: error: " + ex.getMessage());
            } else {
                errors.println("autogen: error: internal error: " + ex
                        + (debug ? "" : " (run again with --debug for the stack trace)"));
            }
            if (debug) {
                ex.printStackTrace(errors);
            }
            return 2;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /**
     * The command a command line names, as picocli's qualified name ({@code autogen} for {@code -m},
     * {@code autogen check}, ...), or null when it does not parse (the command itself then says why).
     */
    static String commandName(java.util.List<String> args) {
        try {
            CommandLine cl = new CommandLine(new AutogenCommand(new BaseCommand.Context(null, Clock.systemUTC(), () -> "")));
            cl.setAllowSubcommandsAsOptionParameters(true);
            CommandLine.ParseResult r = cl.parseArgs(args.toArray(String[]::new));
            while (r.hasSubcommand()) {
                r = r.subcommand();
            }
            return r.commandSpec().qualifiedName(" ");
        } catch (CommandLine.ParameterException e) {
            return null;
        }
    }
}
