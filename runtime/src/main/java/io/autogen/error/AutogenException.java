package io.autogen.error;

/** Root of every error autogen reports: the message says what is wrong, where, and what to do. */
public class AutogenException extends RuntimeException {
    public AutogenException(String message) {
        super(message);
    }

    public AutogenException(String message, Throwable cause) {
        super(message, cause);
    }
}
