package io.autogen.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;

/**
 * Keeps the console to autogen's own lines. Libraries that arrive with the entities' classpath= print to the
 * process's stderr behind autogen's back: SLF4J without a provider warns "No SLF4J providers were found" (or, in
 * 1.7, "Failed to load class org.slf4j.impl.StaticLoggerBinder") the first time an entity's logger is made.
 * SLF4J 2.0.10+ is quietened with its own switch; older ones by dropping their lines from the process's stderr.
 * autogen prints through writers made over the original stream, so its own lines never pass this filter.
 */
final class ForeignNoise {
    private ForeignNoise() {}

    static void silence(boolean debug) {
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
        if (!debug) {
            PrintStream original = System.err;
            System.setErr(new PrintStream(new DropLines(original, Charset.defaultCharset()), true));
        }
    }

    /** Passes each line on when it ends, except SLF4J's own reports about its set-up. */
    static final class DropLines extends OutputStream {
        private final OutputStream target;
        private final Charset charset;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        DropLines(OutputStream target, Charset charset) {
            this.target = target;
            this.charset = charset;
        }

        @Override public synchronized void write(int b) throws java.io.IOException {
            line.write(b);
            if (b == '\n') {
                pass();
            }
        }

        @Override public synchronized void flush() throws java.io.IOException {
            target.flush(); // a line is passed on whole, when it ends: half of one tells nothing yet
        }

        @Override public synchronized void close() throws java.io.IOException {
            pass();
            target.close();
        }

        private void pass() throws java.io.IOException {
            String text = line.toString(charset);
            if (!text.startsWith("SLF4J:") && !text.startsWith("SLF4J(")) {
                line.writeTo(target);
                target.flush();
            }
            line.reset();
        }
    }
}
