package io.autogen.daemon;

import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Reader;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A resident autogen: one JVM that has loaded and compiled javac, Hibernate and autogen once, and runs the
 * commands that read (generate a migration, check, lint, history) for clients that find its socket. It keeps no
 * project state between commands: every command reads its settings, sources and caches as it would in its own
 * process, so its answers are the same, only sooner.
 *
 * <p>One command at a time: a client that comes while one runs is told so and runs its command itself. When the
 * client of a running command goes away (Ctrl-C, kill), the daemon ends at once, as the command's own process
 * would have: nothing it had not finished is finished behind the user's back. It ends too after an idle time,
 * on {@code daemon stop}, and when its socket file is removed or taken by another daemon.
 */
public final class DaemonServer {
    /** What the daemon runs: autogen's command line. */
    public interface Commands {
        /** True for a command line the daemon may run: one that changes no database. */
        boolean runsHere(List<String> args);

        /**
         * Runs one command line.
         *
         * @param terminal the client's terminal, when a person is at it (questions are read from it); else null
         */
        int run(List<String> args, Map<String, String> env, Path workingDir, PrintWriter out, PrintWriter err,
                BufferedReader terminal);

        /** Runs representative commands once, so that the first client's command finds the JVM warm. */
        void warmUp();
    }

    private final DaemonFiles files;
    private final Commands commands;
    private final Duration idle;
    private final Runnable halt;
    private final AtomicBoolean busy = new AtomicBoolean();
    private final AtomicInteger served = new AtomicInteger();
    private final long started = System.currentTimeMillis();
    private volatile long lastUsed = System.currentTimeMillis();
    private volatile boolean stopping;
    private ServerSocketChannel server;

    /** @param halt ends the process at once, without a word (a client of a running command went away) */
    public DaemonServer(DaemonFiles files, Commands commands, Duration idle, Runnable halt) {
        this.files = files;
        this.commands = commands;
        this.idle = idle;
        this.halt = halt;
    }

    /** Listens until stopped; returns when the daemon ends of its own accord. */
    public void serve() throws IOException {
        String unusable = files.unusable();
        if (unusable != null) {
            throw new IOException(unusable);
        }
        files.createFolder();
        Path socket = files.socket();
        Files.deleteIfExists(socket); // `daemon start` made sure no daemon answers on it
        server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        Object ours = Files.readAttributes(socket, BasicFileAttributes.class).fileKey();
        log("listening on " + socket + " (pid " + ProcessHandle.current().pid() + ")");
        Thread watch = new Thread(() -> watch(socket, ours), "autogen-daemon-watch");
        watch.setDaemon(true);
        watch.start();
        Thread warm = new Thread(() -> {
            if (busy.compareAndSet(false, true)) {
                try {
                    long t = System.nanoTime();
                    commands.warmUp();
                    log("warmed up in " + (System.nanoTime() - t) / 1_000_000 + " ms");
                } catch (RuntimeException | LinkageError e) {
                    log("warm-up failed (commands still run): " + e);
                } finally {
                    busy.set(false);
                    lastUsed = System.currentTimeMillis();
                }
            }
        }, "autogen-daemon-warm-up");
        warm.setDaemon(true);
        warm.start();
        try {
            while (!stopping) {
                SocketChannel client;
                try {
                    client = server.accept();
                } catch (IOException e) {
                    if (stopping) {
                        break;
                    }
                    throw e;
                }
                Thread t = new Thread(() -> handle(client), "autogen-daemon-client");
                t.setDaemon(true);
                t.start();
            }
        } finally {
            close(socket, ours);
        }
    }

    /** Ends the daemon: the socket goes, and {@link #serve} returns. */
    public void stop() {
        stopping = true;
        try {
            if (server != null) {
                server.close();
            }
        } catch (IOException e) {
            // closing is all that was asked
        }
    }

    private void watch(Path socket, Object ours) {
        while (!stopping) {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                return;
            }
            Object now;
            try {
                now = Files.readAttributes(socket, BasicFileAttributes.class).fileKey();
            } catch (IOException e) {
                now = null;
            }
            if (!Objects.equals(now, ours)) {
                log("socket removed or taken: stopping");
                stop();
            } else if (!busy.get() && System.currentTimeMillis() - lastUsed > idle.toMillis()) {
                log("idle for " + idle.toMinutes() + " minutes: stopping");
                stop();
            }
        }
    }

    private void close(Path socket, Object ours) {
        try {
            if (Objects.equals(Files.readAttributes(socket, BasicFileAttributes.class).fileKey(), ours)) {
                Files.deleteIfExists(socket);
            }
        } catch (IOException e) {
            // gone already
        }
    }

    private void handle(SocketChannel channel) {
        try (channel) {
            DataInputStream in = Wire.input(channel);
            DataOutputStream out = Wire.output(channel);
            Wire.Request request = Wire.Request.read(in);
            if (request.args().equals(List.of(Wire.PING))) {
                frame(out, Wire.OUT, status().getBytes(Charset.defaultCharset()));
                exit(out, 0);
                return;
            }
            if (request.args().equals(List.of(Wire.STOP))) {
                log("stopped by a client");
                exit(out, 0);
                stop();
                return;
            }
            if (stopping || !commands.runsHere(request.args())) {
                out.writeByte(Wire.NOT_HERE);
                out.flush();
                return;
            }
            if (!busy.compareAndSet(false, true)) {
                out.writeByte(Wire.BUSY);
                out.flush();
                return;
            }
            AtomicBoolean held = new AtomicBoolean(true);
            Runnable release = () -> {
                if (held.compareAndSet(true, false)) {
                    lastUsed = System.currentTimeMillis();
                    busy.set(false);
                }
            };
            try {
                run(request, in, out, release);
            } finally {
                release.run(); // once: by now another command may hold the daemon
            }
            // the command's classes and model are garbage now: collected while the user reads the answer, so that
            // the daemon's footprint stays that of an idle JVM between commands
            System.gc();
        } catch (IOException e) {
            log("a client left early: " + e.getMessage());
        }
    }

    /** @param release frees the daemon for the next command (run before the exit code is sent) */
    private void run(Wire.Request request, DataInputStream in, DataOutputStream out, Runnable release)
            throws IOException {
        AtomicBoolean running = new AtomicBoolean(true);
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        String endOfInput = new String("\0end"); // compared by identity
        Thread reader = new Thread(() -> {
            try {
                while (true) {
                    byte kind = in.readByte();
                    lines.put(kind == Wire.LINE ? Wire.string(in) : endOfInput);
                }
            } catch (IOException | InterruptedException e) {
                clientGone(running);
                lines.add(endOfInput);
            }
        }, "autogen-daemon-input");
        reader.setDaemon(true);
        reader.start();
        Charset charset = Charset.defaultCharset();
        PrintWriter stdout = new PrintWriter(new OutputStreamWriter(new Frames(out, Wire.OUT, running), charset), true);
        PrintWriter stderr = new PrintWriter(new OutputStreamWriter(new Frames(out, Wire.ERR, running), charset), true);
        BufferedReader terminal = !request.tty() ? null : new BufferedReader(new LineReader(out, lines, endOfInput, running));
        int code;
        long t = System.nanoTime();
        try {
            code = commands.run(request.args(), request.env(), Path.of(request.workingDir()), stdout, stderr, terminal);
        } catch (RuntimeException | LinkageError e) { // the command line maps its own failures to exit code 2
            stderr.println("autogen: error: internal error in the daemon: " + e);
            code = 2;
        }
        stdout.flush();
        stderr.flush();
        synchronized (out) {
            running.set(false);
            release.run(); // before the exit code: the client's next command must not find the daemon busy
            exit(out, code);
        }
        served.incrementAndGet();
        log("ran " + request.args().size() + " arguments in " + request.workingDir() + ": exit " + code + " in "
                + (System.nanoTime() - t) / 1_000_000 + " ms");
    }

    /** The client of a running command went away: end as its own process would have ended. */
    private void clientGone(AtomicBoolean running) {
        if (running.get()) {
            log("the client of a running command went away: ending now");
            halt.run();
        }
    }

    private String status() {
        Runtime rt = Runtime.getRuntime();
        long minutes = (System.currentTimeMillis() - started) / 60_000;
        return "autogen daemon: pid " + ProcessHandle.current().pid() + ", up " + minutes + " min, "
                + served.get() + " commands run, " + (busy.get() ? "busy" : "idle") + ", heap "
                + (rt.totalMemory() - rt.freeMemory()) / (1 << 20) + "/" + rt.maxMemory() / (1 << 20) + " MiB, stops after "
                + idle.toMinutes() + " min idle\n  socket " + files.socket() + "\n  log    " + files.log() + "\n";
    }

    private static void frame(DataOutputStream out, byte kind, byte[] bytes) throws IOException {
        synchronized (out) {
            out.writeByte(kind);
            out.writeInt(bytes.length);
            out.write(bytes);
            out.flush();
        }
    }

    private static void exit(DataOutputStream out, int code) throws IOException {
        out.writeByte(Wire.EXIT);
        out.writeInt(code);
        out.flush();
    }

    private static void log(String line) {
        System.out.println(java.time.Instant.now() + " " + line);
    }

    /** Output sent to the client as frames of one kind; the client gone means the command ends with it. */
    private final class Frames extends OutputStream {
        private final DataOutputStream out;
        private final byte kind;
        private final AtomicBoolean running;

        Frames(DataOutputStream out, byte kind, AtomicBoolean running) {
            this.out = out;
            this.kind = kind;
            this.running = running;
        }

        @Override public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override public void write(byte[] b, int off, int len) throws IOException {
            try {
                frame(out, kind, java.util.Arrays.copyOfRange(b, off, off + len));
            } catch (IOException e) {
                clientGone(running);
                throw e;
            }
        }
    }

    /** The client's stdin, a line at a time and only when the command reads it (a question asked). */
    private final class LineReader extends Reader {
        private final DataOutputStream out;
        private final BlockingQueue<String> lines;
        private final String endOfInput;
        private final AtomicBoolean running;
        private String pending = "";
        private boolean ended;

        LineReader(DataOutputStream out, BlockingQueue<String> lines, String endOfInput, AtomicBoolean running) {
            this.out = out;
            this.lines = lines;
            this.endOfInput = endOfInput;
            this.running = running;
        }

        @Override public int read(char[] buf, int off, int len) throws IOException {
            if (pending.isEmpty() && !ended) {
                try {
                    synchronized (out) {
                        out.writeByte(Wire.READ_LINE);
                        out.flush();
                    }
                } catch (IOException e) {
                    clientGone(running);
                    throw e;
                }
                String line;
                try {
                    line = lines.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new java.io.InterruptedIOException();
                }
                if (line == endOfInput) {
                    ended = true;
                } else {
                    pending = line + "\n";
                }
            }
            if (pending.isEmpty()) {
                return -1;
            }
            int n = Math.min(len, pending.length());
            pending.getChars(0, n, buf, off);
            pending = pending.substring(n);
            return n;
        }

        @Override public void close() {}
    }
}
