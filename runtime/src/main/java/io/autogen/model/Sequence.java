package io.autogen.model;

import java.util.Objects;

/** A database sequence. */
public record Sequence(String name, long start, long increment) implements java.io.Serializable {
    public Sequence {
        Objects.requireNonNull(name, "sequence name");
    }
}
