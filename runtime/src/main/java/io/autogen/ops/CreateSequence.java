package io.autogen.ops;

import io.autogen.model.Sequence;
import java.util.Objects;

/** Creates a sequence. */
public record CreateSequence(Sequence sequence) implements Operation {
    public CreateSequence { Objects.requireNonNull(sequence); }
    @Override public Operation reverse() { return new DropSequence(sequence); }
    @Override public <R> R accept(OperationVisitor<R> v) { return v.createSequence(this); }
    @Override public String table() { return null; }
}
