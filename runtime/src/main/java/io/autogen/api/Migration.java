package io.autogen.api;

/** One revision: {@code upgrade} moves the schema forward, {@code downgrade} takes it back. */
public interface Migration {
    void upgrade(Operations op);

    void downgrade(Operations op);
}
