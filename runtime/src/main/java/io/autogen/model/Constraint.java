package io.autogen.model;

/**
 * What a table holds besides its columns: keys, indexes and checks. Code that treats the kinds differently goes
 * through {@link #accept}, so that the compiler lists every place a new kind must be handled.
 */
public sealed interface Constraint permits PrimaryKey, Index, UniqueKey, ForeignKey, Check {
    String name();

    <R> R accept(ConstraintVisitor<R> visitor);
}
