package io.autogen.runtime;

import io.autogen.model.Schema;
import io.autogen.ops.Operation;

/** Where operations go: a database, an SQL script, or nowhere (the in-memory model). */
public interface Backend {
    /**
     * Carries out {@code op} against a schema that is {@code before}, and returns the schema after it.
     * Backends that cannot know the effect of raw SQL on the model say so by what they return.
     */
    Schema apply(Operation op, Schema before);
}
