package io.autogen.ops;

import io.autogen.model.Constraint;
import io.autogen.model.Index;
import io.autogen.model.PrimaryKey;
import java.util.Objects;

/**
 * Drops a key, check or index; carries its definition so that the downgrade can re-add it. {@code online}: an
 * index is dropped CONCURRENTLY where the database can (PostgreSQL), and the inverse re-adds it online.
 */
public record DropConstraint(String table, Constraint constraint, boolean online) implements Operation {
    public DropConstraint {
        Objects.requireNonNull(table);
        Objects.requireNonNull(constraint);
        if (online && (constraint instanceof PrimaryKey || constraint.name() == null)) {
            throw new IllegalArgumentException("the online form needs a named index, unique key, foreign key or"
                    + " check: " + constraint);
        }
    }

    public DropConstraint(String table, Constraint constraint) {
        this(table, constraint, false);
    }

    @Override public Operation reverse() { return new AddConstraint(table, constraint, online); }
    @Override public <R> R accept(OperationVisitor<R> v) { return v.dropConstraint(this); }

    /** Only DROP INDEX CONCURRENTLY must run outside a transaction; dropping a constraint is quick. */
    @Override public boolean outsideTransaction() { return online && constraint instanceof Index; }
}
