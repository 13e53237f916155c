package io.autogen.daemon;

import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

/**
 * The command line's side of the daemon: when one of this autogen runs, the command is handed to it and its
 * output relayed; when none runs, or it declines (busy, or a command that changes a database), the caller runs
 * the command itself. Kept free of everything else autogen loads, so that a command the daemon runs starts fast.
 */
public final class DaemonClient {
    /** What {@link #run} returns when the daemon did not run the command. */
    public static final int NOT_RUN = -1;

    private DaemonClient() {}

    /**
     * Runs the command in the daemon when one is listening.
     *
     * @return its exit code, or {@link #NOT_RUN}: the caller runs the command itself
     */
    public static int run(DaemonFiles files, String workingDir, List<String> args, Map<String, String> env,
                          boolean tty, InputStream stdin, OutputStream out, OutputStream err) {
        if (files == null || "off".equals(env.get("AUTOGEN_DAEMON")) || !files.anyEver() || !Files.exists(files.socket())
                || files.unusable() != null) {
            return NOT_RUN;
        }
        SocketChannel channel;
        try {
            channel = SocketChannel.open(StandardProtocolFamily.UNIX);
            channel.connect(UnixDomainSocketAddress.of(files.socket()));
        } catch (IOException e) {
            return NOT_RUN; // a socket left by a daemon that is gone: `daemon start` clears it
        }
        boolean answered = false;
        try (channel) {
            DataOutputStream to = Wire.output(channel);
            DataInputStream from = Wire.input(channel);
            new Wire.Request(workingDir, args, env, tty).write(to);
            BufferedReader lines = null;
            while (true) {
                byte kind = from.readByte();
                answered = true;
                switch (kind) {
                    case Wire.NOT_HERE, Wire.BUSY -> {
                        return NOT_RUN;
                    }
                    case Wire.OUT, Wire.ERR -> {
                        byte[] b = from.readNBytes(from.readInt());
                        OutputStream target = kind == Wire.OUT ? out : err;
                        target.write(b);
                        target.flush();
                    }
                    case Wire.READ_LINE -> {
                        if (lines == null) {
                            lines = new BufferedReader(new InputStreamReader(stdin, Charset.defaultCharset()));
                        }
                        String line = lines.readLine();
                        if (line == null) {
                            to.writeByte(Wire.END_OF_INPUT);
                        } else {
                            to.writeByte(Wire.LINE);
                            Wire.string(to, line);
                        }
                        to.flush();
                    }
                    case Wire.EXIT -> {
                        return from.readInt();
                    }
                    default -> throw new IOException("unknown frame " + kind);
                }
            }
        } catch (IOException e) {
            if (!answered) {
                return NOT_RUN; // it went away before it began: nothing was done, run it here
            }
            try {
                err.write(("autogen: error: the autogen daemon stopped while it ran this command (its log: "
                        + files.log() + "); run the command again\n").getBytes(Charset.defaultCharset()));
                err.flush();
            } catch (IOException ignored) {
                // stderr is gone too: the exit code says it
            }
            return 2;
        }
    }

    /** The running daemon's status, or null when none answers. */
    public static String status(DaemonFiles files) {
        return control(files, Wire.PING);
    }

    /** Asks the running daemon to stop; false when none answered. */
    public static boolean stop(DaemonFiles files) {
        return control(files, Wire.STOP) != null;
    }

    private static String control(DaemonFiles files, String request) {
        java.io.ByteArrayOutputStream text = new java.io.ByteArrayOutputStream();
        int code = run(files, "/", List.of(request), Map.of(), false, InputStream.nullInputStream(), text,
                OutputStream.nullOutputStream());
        return code == NOT_RUN ? null : text.toString(Charset.defaultCharset());
    }
}
