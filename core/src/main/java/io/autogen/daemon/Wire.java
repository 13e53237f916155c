package io.autogen.daemon;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What client and daemon say to each other over the daemon's Unix socket. The client sends one request (its
 * working directory, arguments, environment and whether a person is at its terminal); the daemon answers with
 * frames: output for stdout or stderr as it is printed, a request for a line of the client's stdin (a question
 * {@code -m} asks), and last the exit code. Or, at once, that it will not run this command (another command is
 * running, or the command changes a database and so runs in its own process): the client then runs it itself.
 */
final class Wire {
    static final int MAGIC = 0x41474431; // "AGD1"; a daemon of another protocol closes the connection

    // daemon -> client
    static final byte OUT = 'O', ERR = 'E', READ_LINE = 'R', EXIT = 'X', NOT_HERE = 'N', BUSY = 'B';
    // client -> daemon, after the request
    static final byte LINE = 'L', END_OF_INPUT = 'Z';

    /** Arguments that are requests to the daemon itself rather than command lines. */
    static final String PING = "\0ping", STOP = "\0stop";

    private Wire() {}

    record Request(String workingDir, List<String> args, Map<String, String> env, boolean tty) {
        void write(DataOutputStream out) throws IOException {
            out.writeInt(MAGIC);
            string(out, workingDir);
            out.writeInt(args.size());
            for (String a : args) {
                string(out, a);
            }
            out.writeInt(env.size());
            for (var e : env.entrySet()) {
                string(out, e.getKey());
                string(out, e.getValue());
            }
            out.writeBoolean(tty);
            out.flush();
        }

        static Request read(DataInputStream in) throws IOException {
            if (in.readInt() != MAGIC) {
                throw new IOException("not an autogen client");
            }
            String dir = string(in);
            List<String> args = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                args.add(string(in));
            }
            Map<String, String> env = new LinkedHashMap<>();
            for (int i = in.readInt(); i > 0; i--) {
                env.put(string(in), string(in));
            }
            return new Request(dir, args, env, in.readBoolean());
        }
    }

    static void string(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    static String string(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 64 << 20) {
            throw new IOException("bad frame length " + n);
        }
        return new String(in.readNBytes(n), StandardCharsets.UTF_8);
    }

    /**
     * The channel as streams. Not {@code Channels.newInputStream/newOutputStream}: those lock the channel for a
     * blocking read, so a thread waiting for the client's next line would stop every write to it.
     */
    static DataInputStream input(java.nio.channels.SocketChannel channel) {
        return new DataInputStream(new java.io.BufferedInputStream(new java.io.InputStream() {
            @Override public int read() throws IOException {
                byte[] b = new byte[1];
                return read(b, 0, 1) < 0 ? -1 : b[0] & 0xff;
            }

            @Override public int read(byte[] b, int off, int len) throws IOException {
                return len == 0 ? 0 : channel.read(java.nio.ByteBuffer.wrap(b, off, len));
            }
        }));
    }

    static DataOutputStream output(java.nio.channels.SocketChannel channel) {
        return new DataOutputStream(new java.io.BufferedOutputStream(new java.io.OutputStream() {
            @Override public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override public void write(byte[] b, int off, int len) throws IOException {
                java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(b, off, len);
                while (buf.hasRemaining()) {
                    channel.write(buf);
                }
            }
        }));
    }
}
