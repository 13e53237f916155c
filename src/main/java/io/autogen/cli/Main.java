package io.autogen.cli;

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
    /** Held so that the level set on it is not lost to garbage collection. */
    private static final Logger HIBERNATE_LOG = Logger.getLogger("org.hibernate");

    private Main() {}

    public static void main(String[] args) {
        Terminal terminal = System.console() == null ? null : new Terminal(new java.io.BufferedReader(
                new java.io.InputStreamReader(System.in, java.nio.charset.Charset.defaultCharset())));
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true), System.getenv(),
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
        return run(args, out, err, env, workingDir, clock, ids, null);
    }

    /** As above, with the terminal questions are asked on ({@code null}: none, as in a script or CI). */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env, Path workingDir,
                          Clock clock, Supplier<String> ids, Terminal terminal) {
        boolean debug = java.util.Arrays.asList(args).contains("--debug");
        HIBERNATE_LOG.setLevel(debug ? Level.INFO : Level.SEVERE);
        var context = new BaseCommand.Context(new SettingsLoader(env, workingDir), clock, ids, terminal);
        CommandLine cl = new CommandLine(new AutogenCommand(context));
        cl.setAllowSubcommandsAsOptionParameters(true); // autogen -m init: "init" is a message here
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("autogen: error: " + ex.getMessage() + " (see autogen --help)");
            return 2;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof AutogenException) {
                err.println("autogen: error: " + ex.getMessage());
            } else {
                err.println("autogen: error: internal error: " + ex
                        + (debug ? "" : " (run again with --debug for the stack trace)"));
            }
            if (debug) {
                ex.printStackTrace(err);
            }
            return 2;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
