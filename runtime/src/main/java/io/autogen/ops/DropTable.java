package io.autogen.ops;

import io.autogen.model.Table;
import java.util.Objects;

/** Drops a table; carries its whole definition so that the downgrade can recreate it. */
public record DropTable(Table definition) implements Operation {
    public DropTable { Objects.requireNonNull(definition); }
    @Override public Operation reverse() { return new CreateTable(definition); }
    @Override public <R> R accept(OperationVisitor<R> v) { return v.dropTable(this); }
    @Override public String table() { return definition.name(); }
    @Override public String dataLoss() { return "drops table " + definition.name() + " and every row in it"; }
}
