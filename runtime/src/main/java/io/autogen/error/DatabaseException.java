package io.autogen.error;

/** The database could not be reached, read or changed. */
public class DatabaseException extends AutogenException {
    public DatabaseException(String message) {
        super(message);
    }

    public DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
