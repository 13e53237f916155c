package io.autogen.ops;

import io.autogen.error.ModelException;
import io.autogen.model.Check;
import io.autogen.model.Constraint;
import io.autogen.model.ConstraintVisitor;
import io.autogen.model.ForeignKey;
import io.autogen.model.Index;
import io.autogen.model.Names;
import io.autogen.model.PrimaryKey;
import io.autogen.model.Schema;
import io.autogen.model.Table;
import io.autogen.model.UniqueKey;
import java.util.HashMap;
import java.util.Map;

/**
 * The names a new object must not take: PostgreSQL keeps tables, indexes and the indexes behind primary and unique
 * keys in one namespace per schema, and foreign key and check names per table. The model keeps these rules on
 * every dialect, so that a migration the offline check accepts is one PostgreSQL accepts too.
 */
final class SchemaNames {
    private final Map<String, String> schemaWide = new HashMap<>();

    SchemaNames(Schema schema) {
        for (Table t : schema.tables()) {
            schemaWide.putIfAbsent(Names.key(t.name()), "table " + t.name());
            t.indexes().forEach(i -> put(i, t));
            t.uniqueKeys().forEach(u -> put(u, t));
            if (t.primaryKey() != null) {
                put(t.primaryKey(), t);
            }
        }
    }

    private void put(Constraint c, Table t) {
        if (c.name() != null) {
            schemaWide.putIfAbsent(Names.key(c.name()), SchemaApplier.describe(c) + " on " + t.name());
        }
    }

    /** Takes {@code name} for {@code what} in the schema-wide namespace, or refuses when it is taken. */
    void claim(String name, String what) {
        String holder = schemaWide.putIfAbsent(Names.key(name), what);
        if (holder != null) {
            throw new ModelException(what + ": the name " + name + " is taken by " + holder
                    + " (PostgreSQL keeps table, index and key names per schema): name one of them differently");
        }
    }

    /** Takes the names of a new table and of its keys and indexes. */
    void claimTable(Table t) {
        claim(t.name(), "table " + t.name());
        java.util.List<Constraint> all = new java.util.ArrayList<>();
        if (t.primaryKey() != null) {
            all.add(t.primaryKey());
        }
        all.addAll(t.uniqueKeys());
        all.addAll(t.indexes());
        all.addAll(t.foreignKeys());
        all.addAll(t.checks());
        java.util.Set<String> perTable = new java.util.HashSet<>();
        for (Constraint c : all) {
            if (c.name() == null) {
                continue;
            }
            if (c.accept(PER_TABLE)) {
                if (!perTable.add(Names.key(c.name()))) {
                    throw new ModelException(SchemaApplier.describe(c) + " on " + t.name() + ": table " + t.name()
                            + " has a constraint of that name already");
                }
            } else {
                claim(c.name(), SchemaApplier.describe(c) + " on " + t.name());
            }
        }
    }

    /** Takes the name of {@code c}, about to be added to {@code t}, in the namespace its kind lives in. */
    void claim(Table t, Constraint c) {
        if (c.name() == null) {
            return;
        }
        String what = SchemaApplier.describe(c) + " on " + t.name();
        if (c.accept(PER_TABLE)) {
            boolean taken = t.foreignKeys().stream().anyMatch(f -> same(f, c))
                    || t.checks().stream().anyMatch(k -> same(k, c));
            if (taken) {
                throw new ModelException(what + ": table " + t.name() + " has a constraint of that name already");
            }
            return;
        }
        claim(c.name(), what);
    }

    /** True for the kinds whose names are per table (foreign keys, checks), false for those per schema. */
    private static final ConstraintVisitor<Boolean> PER_TABLE = new ConstraintVisitor<>() {
        @Override public Boolean primaryKey(PrimaryKey c) { return false; }
        @Override public Boolean index(Index c) { return false; }
        @Override public Boolean uniqueKey(UniqueKey c) { return false; }
        @Override public Boolean foreignKey(ForeignKey c) { return true; }
        @Override public Boolean check(Check c) { return true; }
    };

    private static boolean same(Constraint a, Constraint b) {
        return a.name() != null && Names.key(a.name()).equals(Names.key(b.name()));
    }
}
