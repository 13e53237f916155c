package io.autogen.error;

/** Bad configuration or command-line input. */
public class ConfigException extends AutogenException {
    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
