package io.autogen.cli;

import io.autogen.dialect.Dialect;
import io.autogen.dialect.Dialects;
import io.autogen.daemon.DaemonClient;
import io.autogen.daemon.DaemonFiles;
import io.autogen.daemon.DaemonServer;
import io.autogen.error.ConfigException;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code daemon start|stop|status|run}: a resident autogen for the daily loop. While one runs, {@code -m},
 * {@code check}, {@code lint} and the commands that only read history are handed to it and start without a JVM
 * start-up; commands that change a database always run in their own process. Never required: without one, every
 * command runs as before.
 */
@Command(name = "daemon", description = "A resident autogen that runs -m, check and lint without starting a JVM each"
        + " time: start, stop, status, or run (in the foreground).",
        mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        footer = {"", "Example:",
                "  autogen daemon start --idle 30"})
final class DaemonCommand extends BaseCommand {
    enum Action { start, stop, status, run }

    /** What the daemon runs for its clients (by picocli's qualified name): commands that change no database. */
    static final Set<String> RUNS_HERE = Set.of("autogen", "autogen revision", "autogen check", "autogen lint",
            "autogen current", "autogen heads", "autogen history", "autogen show", "autogen merge");

    @Parameters(paramLabel = "ACTION", description = "start, stop, status or run")
    Action action;

    @Option(names = "--idle", paramLabel = "MINUTES", defaultValue = "180",
            description = "stop after this many minutes without a command (default: ${DEFAULT-VALUE})")
    int idleMinutes;

    @Override public Integer call() {
        DaemonFiles files = DaemonFiles.of(Main.userCache(context().env()));
        if (files == null) {
            throw new ConfigException("the daemon keeps its socket in the user's cache folder, and there is none:"
                    + " set HOME or XDG_CACHE_HOME");
        }
        if (files.unusable() != null) {
            throw new ConfigException(files.unusable());
        }
        if (idleMinutes < 1) {
            throw new ConfigException("--idle " + idleMinutes + ": give a number of minutes, at least 1");
        }
        return switch (action) {
            case status -> {
                String status = DaemonClient.status(files);
                out().print(status == null ? "no autogen daemon is running\n" : status);
                out().flush();
                yield status == null ? 1 : 0;
            }
            case stop -> {
                out().println(DaemonClient.stop(files) ? "autogen daemon stopped" : "no autogen daemon is running");
                yield 0;
            }
            case start -> start(files);
            case run -> {
                try {
                    boolean warm = !"off".equals(context().env().get("AUTOGEN_DAEMON_WARM_UP"));
                    new DaemonServer(files, new Commands(warm), Duration.ofMinutes(idleMinutes),
                            () -> Runtime.getRuntime().halt(130)).serve();
                } catch (IOException e) {
                    throw new ConfigException("the daemon cannot listen on " + files.socket() + ": " + e.getMessage());
                }
                yield 0;
            }
        };
    }

    private int start(DaemonFiles files) {
        String running = DaemonClient.status(files);
        if (running != null) {
            out().print("already running: " + running);
            out().flush();
            return 0;
        }
        Process process = spawn(files, idleMinutes);
        boolean ownSession = Files.isExecutable(Path.of("/usr/bin/setsid")); // setsid may fork: its exit says nothing
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            String status = DaemonClient.status(files);
            if (status != null) {
                out().print("autogen daemon started: -m, check, lint and the history commands run in it from now on"
                        + " (AUTOGEN_DAEMON=off runs one without it)\n" + status);
                out().flush();
                return 0;
            }
            if (!process.isAlive() && !ownSession) {
                break;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new ConfigException("the daemon did not start: see its log, " + files.log());
    }

    /**
     * Starts a daemon process in the background (its output to its log) and returns without waiting for it to
     * listen. The socket left by a daemon that no longer answers is removed first.
     */
    static Process spawn(DaemonFiles files, int idleMinutes) {
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(Path.of("/usr/bin/setsid"))) {
            command.add("/usr/bin/setsid"); // its own session: closing the terminal that started it does not end it
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // a long-lived JVM: the full JIT pays off; serial GC keeps its footprint small on a developer's machine
        command.addAll(List.of("-XX:+UseSerialGC", "-Xmx2g"));
        for (String p : DaemonFiles.PROPERTIES) {
            if (System.getProperty(p) != null) {
                command.add("-D" + p + "=" + System.getProperty(p));
            }
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(), "daemon", "run",
                "--idle", String.valueOf(idleMinutes)));
        try {
            files.createFolder();
            Files.deleteIfExists(files.socket()); // no daemon answered on it: left by one that was killed
            return new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(files.log().toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        } catch (IOException e) {
            throw new ConfigException("cannot start the daemon: " + e.getMessage());
        }
    }

    /**
     * {@code AUTOGEN_DAEMON=auto}: a command the daemon would run, run while none listens, starts one for the
     * commands after it (as build tools do); this command runs in its own process as before. Never an error: a
     * daemon that cannot start leaves every command running on its own.
     */
    static void startForNextTime(DaemonFiles files, String[] args, java.util.Map<String, String> env) {
        if (files == null || !"auto".equals(env.get("AUTOGEN_DAEMON")) || files.unusable() != null
                || !RUNS_HERE.contains(Main.commandName(List.of(args))) || DaemonClient.status(files) != null) {
            return; // not asked for, not a command it runs, or one runs (busy)
        }
        try {
            spawn(files, 180);
        } catch (ConfigException e) {
            // the command runs as it would without a daemon
        }
    }

    /** autogen's command line, as the daemon runs it for a client. */
    static final class Commands implements DaemonServer.Commands {
        private final boolean warm;

        /** @param warm whether {@link #warmUp} warms (off: {@code AUTOGEN_DAEMON_WARM_UP=off}, for tests and scripts) */
        Commands(boolean warm) {
            this.warm = warm;
        }

        @Override public boolean runsHere(List<String> args) {
            return RUNS_HERE.contains(Main.commandName(args));
        }

        @Override public int run(List<String> args, Map<String, String> env, Path workingDir, PrintWriter out,
                                 PrintWriter err, BufferedReader terminal) {
            return Main.run(args.toArray(String[]::new), out, err, env, workingDir, Clock.systemUTC(), Main.randomIds(),
                    terminal == null ? null : new Terminal(terminal));
        }

        /**
         * The daily loop on a small generated project, on SQLite and offline for PostgreSQL, twice: javac, Hibernate,
         * both dialects, the renderer and the SQLite driver loaded and compiled before the first client comes.
         */
        @Override public void warmUp() {
            if (!warm) {
                return;
            }
            Path dir;
            try {
                dir = Files.createTempDirectory("autogen-warm-up");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            try {
                PrintWriter none = new PrintWriter(Writer.nullWriter());
                Map<String, String> env = Map.of("HOME", dir.toString());
                for (int round = 0; round < 2; round++) {
                    WarmUpProject.write(dir, round);
                    List<String[]> commands = new java.util.ArrayList<>(List.of(new String[] {"-m", "warm " + round},
                            new String[] {"upgrade", "head"}, new String[] {"check"}));
                    for (Dialect d : Dialects.all()) { // each server database's mapping too, with no server needed
                        if (d.embeddedUrl(dir.resolve("warm.db")) == null) {
                            commands.add(new String[] {"--url", d.urlExample(), "check", "--offline"});
                        }
                    }
                    for (String[] args : commands) {
                        Main.run(args, none, none, env, dir, Clock.systemUTC(), Main.randomIds(), (Terminal) null);
                    }
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } finally {
                WarmUpProject.delete(dir);
            }
        }
    }
}
