package io.autogen.model;

/** What a table holds besides its columns: keys, indexes and checks. */
public sealed interface Constraint permits PrimaryKey, Index, UniqueKey, ForeignKey, Check {
    String name();
}
