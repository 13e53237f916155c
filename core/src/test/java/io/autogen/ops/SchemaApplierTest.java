package io.autogen.ops;

import static io.autogen.fixtures.Fixtures.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.autogen.error.ModelException;
import io.autogen.fixtures.Fixtures;
import io.autogen.model.Schema;
import org.junit.jupiter.api.Test;

class SchemaApplierTest {
    @Test
    void everyOperationFollowedByItsReverseRestoresTheSchema() {
        Schema start = new Schema(Fixtures.schema(Fixtures.richTable(), Fixtures.table("venue", Fixtures.id())).tables(),
                java.util.List.of(new io.autogen.model.Sequence("old_seq", 1, 1)));
        for (Operation op : Fixtures.everyOperation()) {
            Schema base;
            try {
                SchemaApplier.apply(start, op);
                base = start;
            } catch (ModelException e) {
                base = SchemaApplier.apply(start, op.reverse()); // op needs the state its reverse leaves
            }
            Schema after = SchemaApplier.apply(base, op);
            if (!(op instanceof ExecuteSql) && !(op instanceof SetTableComment) && !(op instanceof Backfill)) {
                org.junit.jupiter.api.Assertions.assertNotEquals(canonical(base), canonical(after), op.toString());
            }
            assertEquals(canonical(base), canonical(SchemaApplier.apply(after, op.reverse())), op.toString());
        }
    }

    /** Element order is not part of identity: a re-added column or key comes last, as in a real database. */
    private static String canonical(Schema s) {
        StringBuilder sb = new StringBuilder();
        for (var t : s.tables()) {
            sb.append(t.name()).append(t.primaryKey()).append(t.comment());
            t.columns().stream().map(Object::toString).sorted().forEach(sb::append);
            t.indexes().stream().map(Object::toString).sorted().forEach(sb::append);
            t.uniqueKeys().stream().map(Object::toString).sorted().forEach(sb::append);
            t.foreignKeys().stream().map(Object::toString).sorted().forEach(sb::append);
            t.checks().stream().map(Object::toString).sorted().forEach(sb::append);
        }
        return sb.append(s.sequences()).toString();
    }

    @Test
    void refusesWhatDoesNotFit() {
        Schema s = Fixtures.schema(Fixtures.table("users", Fixtures.id()));
        assertThrows(ModelException.class, () -> SchemaApplier.apply(s, new AddColumn("nope", col("a", "text"))));
        assertThrows(ModelException.class, () -> SchemaApplier.apply(s, new AddColumn("users", Fixtures.id())));
        assertThrows(ModelException.class, () -> SchemaApplier.apply(s, new CreateTable(Fixtures.table("users"))));
        // a misspelt column: SQLite would take "nmae" in double quotes as a string and index a constant
        ModelException e = assertThrows(ModelException.class, () -> SchemaApplier.apply(s, new AddConstraint("users",
                new io.autogen.model.Index("ix_users_name", java.util.List.of("nmae"), false))));
        org.junit.jupiter.api.Assertions.assertEquals(
                "index ix_users_name on users names column nmae, which users does not have", e.getMessage());
        assertThrows(ModelException.class, () -> SchemaApplier.apply(Schema.EMPTY, new CreateTable(
                Fixtures.table("t", Fixtures.id()).withUniqueKeys(java.util.List.of(
                        new io.autogen.model.UniqueKey("uq", java.util.List.of("missing")))))));
    }
}
