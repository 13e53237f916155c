package io.autogen.dialect.sqlite;

import io.autogen.dialect.Keywords;
import io.autogen.dialect.StandardSql;
import io.autogen.error.ModelException;
import io.autogen.model.Column;
import io.autogen.model.Index;
import io.autogen.model.Schema;
import io.autogen.model.Table;
import io.autogen.ops.AddColumn;
import io.autogen.ops.AddConstraint;
import io.autogen.ops.AlterColumn;
import io.autogen.ops.AlterSequence;
import io.autogen.ops.Backfill;
import io.autogen.ops.CreateSequence;
import io.autogen.ops.CreateTable;
import io.autogen.ops.DropColumn;
import io.autogen.ops.DropConstraint;
import io.autogen.ops.DropSequence;
import io.autogen.ops.DropTable;
import io.autogen.ops.ExecuteSql;
import io.autogen.ops.Operation;
import io.autogen.ops.OperationVisitor;
import io.autogen.ops.RenameColumn;
import io.autogen.ops.RenameTable;
import io.autogen.ops.SchemaApplier;
import io.autogen.ops.SetTableComment;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Operation → SQLite statements. What {@code ALTER TABLE} cannot do runs as a table rebuild (SQLite's documented
 * twelve steps): a new table, every row copied, the old one dropped, the new one renamed, indexes recreated, and
 * a foreign key check, all in the migration's transaction.
 */
public final class SqliteSql extends StandardSql {
    private static final java.util.regex.Pattern BARE = java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    @Override protected java.util.regex.Pattern bareIdentifier() {
        return BARE;
    }

    @Override protected java.util.Set<String> keywords() {
        return Keywords.SQLITE;
    }
    /** Prefix of the table a rebuild copies into; never left behind, since the rebuild is one transaction. */
    public static final String REBUILD_PREFIX = "_autogen_new_";
    /** The statement that closes every rebuild; the executor fails the migration when it returns rows. */
    public static final String FOREIGN_KEY_CHECK = "pragma foreign_key_check";

    /** What the visitor answers for an operation that ALTER TABLE cannot do: the table is rebuilt. */
    private static final List<String> REBUILD = List.of("-- rebuild");

    @Override public List<String> statements(Operation op, Schema before) {
        List<String> out = op.accept(new Visitor(before));
        return out == REBUILD ? rebuild(op.table(), before, SchemaApplier.apply(before, op)) : out;
    }

    @Override public String rebuilds(Operation op, Schema before) {
        return op.accept(new Visitor(before)) == REBUILD ? op.table() : null;
    }

    @Override protected String columnDefinition(Column c) {
        StringBuilder sb = new StringBuilder(quote(c.name())).append(' ').append(c.type());
        if (c.defaultValue() != null) {
            sb.append(" default ").append(c.defaultValue());
        }
        if (!c.nullable()) {
            sb.append(" not null");
        }
        return sb.toString();
    }

    /**
     * The statements that rebuild table {@code name} as it is in {@code before} into what it is in {@code after}:
     * one copy of the rows however many operations on the table lie between the two.
     */
    @Override public List<String> rebuild(String name, Schema before, Schema after) {
        Table old = before.table(name).orElseThrow(() -> new ModelException("table " + name + " does not exist"));
        Table now = after.table(name).orElseThrow(() -> new ModelException("table " + name + " does not exist"));
        String tmp = REBUILD_PREFIX + now.name();
        List<String> out = new ArrayList<>();
        out.add(createTable(now.withIndexes(List.of()), tmp).get(0));
        String common = now.columns().stream().map(Column::name)
                .filter(c -> old.column(c).isPresent()).map(this::quote).collect(Collectors.joining(", "));
        if (!common.isEmpty()) {
            out.add("insert into " + quote(tmp) + " (" + common + ") select " + common + " from " + quote(old.name()));
        }
        out.add("drop table " + quote(old.name()));
        // legacy rename: views and triggers that name the table are left as written (they name it again once the
        // rename is done), instead of being checked while the table is briefly missing
        out.add("pragma legacy_alter_table = on");
        out.add("alter table " + quote(tmp) + " rename to " + quote(now.name()));
        out.add("pragma legacy_alter_table = off");
        now.indexes().forEach(i -> out.add(createIndex(now.name(), i)));
        out.addAll(old.triggers()); // dropped with the old table
        out.add(FOREIGN_KEY_CHECK + "(" + quote(now.name()) + ")");
        return out;
    }

    private final class Visitor implements OperationVisitor<List<String>> {
        private final Schema before;

        Visitor(Schema before) {
            this.before = before;
        }

        @Override public List<String> createTable(CreateTable c) {
            List<String> out = new ArrayList<>(SqliteSql.this.createTable(c.definition(), c.table()));
            out.addAll(rows(c.definition()));
            return out;
        }

        @Override public List<String> dropTable(DropTable d) {
            return List.of("drop table " + quote(d.table()));
        }

        @Override public List<String> addColumn(AddColumn a) {
            Column c = a.column();
            if (!c.nullable() && c.defaultValue() == null || c.identity()) {
                return REBUILD; // ADD COLUMN needs a default for NOT NULL
            }
            return List.of("alter table " + quote(a.table()) + " add column " + columnDefinition(c));
        }

        @Override public List<String> dropColumn(DropColumn d) {
            Table t = before.table(d.table()).orElseThrow(() -> new ModelException("table " + d.table() + " does not exist"));
            if (t.constrains(d.column().name())) {
                return REBUILD; // DROP COLUMN refuses columns in keys, indexes and checks
            }
            return List.of("alter table " + quote(d.table()) + " drop column " + quote(d.column().name()));
        }

        @Override public List<String> alterColumn(AlterColumn a) {
            if (!a.typeChanged() && !a.nullableChanged() && !a.defaultChanged() && !a.identityChanged()) {
                return List.of(); // only the comment changed, and SQLite keeps no comments
            }
            return REBUILD;
        }

        // the online forms (CONCURRENTLY, NOT VALID) are PostgreSQL's: SQLite runs the plain ones
        @Override public List<String> addConstraint(AddConstraint a) {
            if (a.constraint() instanceof Index i) {
                return List.of(createIndex(a.table(), i));
            }
            return REBUILD;
        }

        @Override public List<String> dropConstraint(DropConstraint d) {
            if (d.constraint() instanceof Index i && i.name() != null) {
                return List.of("drop index " + quote(i.name()));
            }
            return REBUILD;
        }

        @Override public List<String> createSequence(CreateSequence c) {
            throw new ModelException("SQLite has no sequences (sequence " + c.sequence().name() + ")");
        }

        @Override public List<String> dropSequence(DropSequence d) {
            throw new ModelException("SQLite has no sequences (sequence " + d.sequence().name() + ")");
        }

        @Override public List<String> alterSequence(AlterSequence a) {
            throw new ModelException("SQLite has no sequences (sequence " + a.to().name() + ")");
        }

        @Override public List<String> setTableComment(SetTableComment s) {
            return List.of(); // SQLite keeps no comments
        }

        @Override public List<String> renameColumn(RenameColumn r) {
            // SQLite 3.25+ renames in place, and rewrites the indexes, checks, triggers and references naming it
            return List.of("alter table " + quote(r.table()) + " rename column " + quote(r.from()) + " to "
                    + quote(r.to()));
        }

        @Override public List<String> renameTable(RenameTable r) {
            // 3.26+ (legacy_alter_table off) rewrites the foreign keys of other tables that reference it
            return List.of("alter table " + quote(r.from()) + " rename to " + quote(r.to()));
        }

        @Override public List<String> backfill(Backfill b) {
            return SqliteSql.this.backfill(b);
        }

        @Override public List<String> executeSql(ExecuteSql e) {
            return e.sql().isBlank() ? List.of() : List.of(e.sql());
        }
    }

}
