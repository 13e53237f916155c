package io.autogen.model;

/**
 * One method per kind of {@link Constraint}: a new kind is added to the sealed interface, and every visitor then
 * fails to compile until it says what that kind means there.
 */
public interface ConstraintVisitor<R> {
    R primaryKey(PrimaryKey c);
    R index(Index c);
    R uniqueKey(UniqueKey c);
    R foreignKey(ForeignKey c);
    R check(Check c);
}
