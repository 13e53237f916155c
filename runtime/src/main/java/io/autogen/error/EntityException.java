package io.autogen.error;

/** Entities that cannot be found, compiled or mapped. */
public class EntityException extends AutogenException {
    public EntityException(String message) {
        super(message);
    }

    public EntityException(String message, Throwable cause) {
        super(message, cause);
    }
}
