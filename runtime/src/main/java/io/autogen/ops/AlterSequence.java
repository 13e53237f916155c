package io.autogen.ops;

import io.autogen.model.Sequence;
import java.util.Objects;

/** Changes a sequence's increment (Hibernate's allocationSize): {@code from} is what it is, {@code to} what it becomes. */
public record AlterSequence(Sequence from, Sequence to) implements Operation {
    public AlterSequence {
        Objects.requireNonNull(from);
        Objects.requireNonNull(to);
    }

    @Override public Operation reverse() { return new AlterSequence(to, from); }
    @Override public <R> R accept(OperationVisitor<R> v) { return v.alterSequence(this); }
    @Override public String table() { return null; }
}
