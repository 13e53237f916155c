package io.autogen.ops;

import io.autogen.model.Check;
import io.autogen.model.Constraint;
import io.autogen.model.ConstraintVisitor;
import io.autogen.model.ForeignKey;
import io.autogen.model.Index;
import io.autogen.model.PrimaryKey;
import io.autogen.model.UniqueKey;
import java.util.List;
import java.util.Objects;

/**
 * Adds a primary key, unique key, foreign key, check or index to an existing table. {@code online} asks for the
 * form that does not block writes where the database has one (PostgreSQL): an index built CONCURRENTLY, a unique
 * key added USING an index built so, a foreign key or check added NOT VALID and then validated. The schema after
 * it is the same either way; a database without such forms runs the plain one.
 */
public record AddConstraint(String table, Constraint constraint, boolean online) implements Operation {
    public AddConstraint {
        Objects.requireNonNull(table);
        Objects.requireNonNull(constraint);
        if (online && (constraint instanceof PrimaryKey || constraint.name() == null)) {
            throw new IllegalArgumentException("the online form needs a named index, unique key, foreign key or"
                    + " check (it names it again to validate it or to reuse its index): " + constraint);
        }
    }

    public AddConstraint(String table, Constraint constraint) {
        this(table, constraint, false);
    }

    @Override public Operation reverse() { return new DropConstraint(table, constraint, online); }
    @Override public <R> R accept(OperationVisitor<R> v) { return v.addConstraint(this); }

    /** The online forms run outside a transaction: CONCURRENTLY must, and a VALIDATE must follow a commit to help. */
    @Override public boolean outsideTransaction() { return online; }

    /** The columns a unique key or unique index makes unique, which rows may already repeat; null for other kinds. */
    public List<String> uniqueColumns() {
        return constraint.accept(UNIQUE_COLUMNS);
    }

    private static final ConstraintVisitor<List<String>> UNIQUE_COLUMNS = new ConstraintVisitor<>() {
        @Override public List<String> primaryKey(PrimaryKey c) { return null; }
        @Override public List<String> index(Index c) { return c.unique() ? c.columns() : null; }
        @Override public List<String> uniqueKey(UniqueKey c) { return c.columns(); }
        @Override public List<String> foreignKey(ForeignKey c) { return null; }
        @Override public List<String> check(Check c) { return null; }
    };
}
