package io.autogen.error;

/** A malformed, cyclic or unknown revision, or an unknown target. */
public class RevisionException extends AutogenException {
    public RevisionException(String message) {
        super(message);
    }

    public RevisionException(String message, Throwable cause) {
        super(message, cause);
    }
}
