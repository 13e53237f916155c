package io.autogen.ops;

import io.autogen.model.Sequence;
import java.util.Objects;

/** Drops a sequence; carries its definition so that the downgrade can recreate it. */
public record DropSequence(Sequence sequence) implements Operation {
    public DropSequence { Objects.requireNonNull(sequence); }
    @Override public Operation reverse() { return new CreateSequence(sequence); }
    @Override public <R> R accept(OperationVisitor<R> v) { return v.dropSequence(this); }
    @Override public String table() { return null; }
    @Override public String dataLoss() { return "drops sequence " + sequence.name() + " and its current value"; }
}
