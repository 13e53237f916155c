package io.autogen.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * A person at the keyboard: where {@code -m} asks its questions (a likely rename). Absent when autogen runs in a
 * script or CI, where nothing is asked and flags decide. Tests inject one with the answers they want.
 */
public final class Terminal {
    private final BufferedReader in;

    public Terminal(BufferedReader in) {
        this.in = in;
    }

    /** Prints {@code question}, reads one line; true for y or yes. End of input is no. */
    boolean confirm(PrintWriter out, String question) {
        out.print(question + " [y/N] ");
        out.flush();
        try {
            String line = in.readLine();
            return line != null && (line.trim().equalsIgnoreCase("y") || line.trim().equalsIgnoreCase("yes"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
