package io.autogen.ops;

import io.autogen.model.Table;
import java.util.Objects;

/** Creates a table with its columns, keys, indexes and checks. */
public record CreateTable(Table definition) implements Operation {
    public CreateTable { Objects.requireNonNull(definition); }
    @Override public Operation reverse() { return new DropTable(definition); }
    @Override public <R> R accept(OperationVisitor<R> v) { return v.createTable(this); }
    @Override public String table() { return definition.name(); }
}
