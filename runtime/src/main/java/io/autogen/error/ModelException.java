package io.autogen.error;

/** An operation that does not fit the schema it is applied to (unknown table, duplicate column). */
public class ModelException extends AutogenException {
    public ModelException(String message) {
        super(message);
    }

    public ModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
