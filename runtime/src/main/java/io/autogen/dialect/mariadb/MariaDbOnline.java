package io.autogen.dialect.mariadb;

import io.autogen.dialect.LintProfile.TableCopy;
import io.autogen.model.Check;
import io.autogen.model.Column;
import io.autogen.model.Constraint;
import io.autogen.model.ConstraintVisitor;
import io.autogen.model.ForeignKey;
import io.autogen.model.Index;
import io.autogen.model.Names;
import io.autogen.model.PrimaryKey;
import io.autogen.model.Schema;
import io.autogen.model.UniqueKey;
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
import io.autogen.ops.SetTableComment;
import io.autogen.ops.TypeWidth;
import java.util.Objects;

/**
 * How InnoDB on MariaDB and MySQL carries out each {@code ALTER TABLE} autogen writes, read once for both the
 * statement ({@link MariaDbSql} adds the clause that makes the server refuse at once what it would otherwise do by
 * copying the table) and the lint ({@link MariaDbLint} names what copies or rebuilds the table). Where the two
 * servers differ, each clause sits in the executable comment only that server runs: {@code /*M!NNNNNN ...*}{@code /}
 * on MariaDB from that version, {@code /*!NNNNN ...*}{@code /} on MySQL from that version (MariaDB leaves the
 * five-digit MySQL 5.7+/8.0 numbers alone: tested on 10.11, {@code select 1 /*!80029 + 1 *}{@code /} is 1), so an
 * older server, or the other one, reads the plain statement autogen wrote before.
 *
 * <p>Sources, per operation (MariaDB: "InnoDB Online DDL Operations with the INSTANT / INPLACE Alter Algorithm";
 * MySQL 8.0: "Online DDL Operations", 17.12.1; every MariaDB case below also run on 10.11 by MariaDbOnlineDdlTest):
 * <ul>
 * <li>ADD COLUMN (appended, as autogen writes it): INSTANT from MariaDB 10.3.7 (the keyword; 10.3.2 the feature;
 *     not with a hidden FTS_DOC_ID, i.e. a FULLTEXT index) and MySQL 8.0.12; never for an auto-increment column;
 *     on MySQL only with a literal default (an expression default is refused as INSTANT, vitessio/vitess#16024).</li>
 * <li>DROP COLUMN: INSTANT from MariaDB 10.4 and MySQL 8.0.29, not for a column in an index or key (the server
 *     must drop the index too: "Reason: DROP INDEX").</li>
 * <li>a default set or dropped ({@code ALTER COLUMN ... SET DEFAULT literal | DROP DEFAULT}): INSTANT on both
 *     (MySQL: "Setting / Dropping the column default value", Instant Yes); a comment or an expression default
 *     changed with MODIFY: INSTANT on MariaDB only (metadata only there; MySQL's table has no such row).</li>
 * <li>RENAME COLUMN: INSTANT from MariaDB 10.3.7 and MySQL 8.0.28 (on MySQL only for a column no key or foreign
 *     key names, where the manual's notes are silent).</li>
 * <li>VARCHAR made longer, nothing else changed: INPLACE, LOCK=NONE on both while the length bytes stay the same
 *     (MySQL: "Extending VARCHAR column size", In Place Yes, for 0-255 bytes or 256 bytes and more). The column's
 *     character set is not in the model, so only what holds for 1 to 4 bytes a character: both lengths up to 63
 *     characters, or the shorter from 256.</li>
 * <li>secondary index or unique key added or dropped, foreign key dropped: INPLACE, LOCK=NONE on both (MySQL:
 *     "Creating or adding a secondary index", "Dropping an index", "Dropping a foreign key constraint").</li>
 * <li>CHECK dropped: INSTANT on MariaDB (MDEV-16331). Table comment: INSTANT on MariaDB 10.3.7.</li>
 * </ul>
 * What copies or rebuilds the table gets no clause (it runs as before) and is what the lint names: a type change
 * other than the VARCHAR case (COPY, writes blocked), a foreign key added while {@code foreign_key_checks} is on
 * (COPY: "Adding foreign keys needs foreign_key_checks=OFF"), a CHECK added (COPY), the primary key dropped (COPY),
 * a primary key added, NOT NULL set or dropped, an auto-increment column added (the table rebuilt whole).
 */
final class MariaDbOnline {
    private MariaDbOnline() {}

    /** A clause for ALTER TABLE (after a comma); the empty string where none is written. */
    static final String NONE = "";

    /** Done in place with writes allowed, or refused at once (both servers take it, MariaDB 10.0+, MySQL 5.6+). */
    static final String INPLACE = ", algorithm=inplace, lock=none";

    /**
     * {@code ALGORITHM=INSTANT} on MariaDB from {@code mariaDb} (as {@code 100307}) and MySQL from {@code mySql} (as
     * {@code 80012}; 0 for none): MySQL takes no LOCK clause but DEFAULT with it ("Only LOCK=DEFAULT is supported
     * for operations that are performed instantly").
     */
    static String instant(int mariaDb, int mySql) {
        return " /*M!" + mariaDb + " , algorithm=instant */" + (mySql > 0 ? " /*!" + mySql + " , algorithm=instant */" : "");
    }

    static String dropColumn(DropColumn d, Schema before) {
        return indexed(before, d.table(), d.column().name()) ? NONE : instant(100400, 80029);
    }

    static String renameColumn(RenameColumn r, Schema before) {
        return instant(100307, indexed(before, r.table(), r.from()) || referenced(before, r.table(), r.from()) ? 0 : 80028);
    }

    static String tableComment() {
        return instant(100307, 0);
    }

    /** An index or unique key is built in place; a foreign key, check or primary key is not (see {@link #copies}). */
    static String addConstraint(Constraint k) {
        return k instanceof Index || k instanceof UniqueKey ? INPLACE : NONE;
    }

    static String dropConstraint(Constraint k) {
        return k.accept(new ConstraintVisitor<String>() {
            @Override public String index(Index i) { return INPLACE; }
            @Override public String uniqueKey(UniqueKey u) { return INPLACE; }
            @Override public String foreignKey(ForeignKey f) { return INPLACE; }
            @Override public String check(Check c) { return instant(100307, 0); }
            @Override public String primaryKey(PrimaryKey p) { return NONE; }
        });
    }

    static String addColumn(Column c) {
        if (c.identity()) {
            return NONE; // an auto-increment column fills every row: a rebuild that blocks writes
        }
        return instant(100307, c.defaultValue() == null || literal(c.defaultValue()) ? 80012 : 0);
    }

    /** An ALTER of a column as {@link MariaDbSql} writes it: see {@link #defaultOnly}, {@link #widensInPlace}. */
    static String alterColumn(AlterColumn a) {
        if (!a.from().name().equals(a.to().name())) {
            return NONE; // CHANGE COLUMN: a rename with other changes, left to the server
        }
        if (defaultOnly(a)) {
            return instant(100307, 80012);
        }
        if (metadataOnly(a)) {
            return instant(100307, 0);
        }
        return widensInPlace(a) ? INPLACE : NONE;
    }

    /**
     * Only the default changes, to a literal or to none: written {@code ALTER COLUMN c SET DEFAULT x} (or {@code DROP
     * DEFAULT}), the form both manuals list as instant, which keeps the rest of the column as the server has it.
     */
    static boolean defaultOnly(AlterColumn a) {
        return a.defaultChanged() && !a.typeChanged() && !a.nullableChanged() && !a.commentChanged()
                && !a.identityChanged() && !a.from().identity()
                && (a.to().defaultValue() == null || literal(a.to().defaultValue()));
    }

    /** Only the default and the comment change (MODIFY with the same type and nullability): metadata on MariaDB. */
    private static boolean metadataOnly(AlterColumn a) {
        return (a.defaultChanged() || a.commentChanged()) && !a.typeChanged() && !a.nullableChanged()
                && !a.identityChanged();
    }

    /**
     * A VARCHAR made longer and nothing else changed, keeping its length bytes whatever the character set (1 to 4
     * bytes a character): both up to 63 characters (252 bytes at most), or from 256 characters (256 bytes at least).
     */
    static boolean widensInPlace(AlterColumn a) {
        if (a.nullableChanged() || a.defaultChanged() || a.commentChanged() || a.identityChanged() || !a.typeChanged()) {
            return false;
        }
        return widens(a.from().type(), a.to().type());
    }

    /** {@code from} → {@code to} is a longer VARCHAR that keeps its length bytes in any character set. */
    static boolean widens(String from, String to) {
        TypeWidth.Sized x = TypeWidth.Sized.of(from), y = TypeWidth.Sized.of(to);
        if (x == null || y == null || x.length() == null || y.length() == null
                || !x.family().equals("varchar") || !y.family().equals("varchar") || y.length() < x.length()) {
            return false;
        }
        return y.length() <= 63 || x.length() >= 256;
    }

    /** A constant the servers take as a default without evaluating anything: a string, a number, a bit or hex literal. */
    static boolean literal(String d) {
        return d.trim().matches("(?i)'(?:[^']|'')*'|-?\\d+(\\.\\d+)?|null|true|false|b'[01]+'|x'[0-9a-f]*'");
    }

    private static boolean indexed(Schema before, String table, String column) {
        return before.table(table).map(t -> t.constrains(column)).orElse(true);
    }

    private static boolean referenced(Schema before, String table, String column) {
        String k = Names.key(column);
        return before.tables().stream().flatMap(t -> t.foreignKeys().stream())
                .anyMatch(f -> Names.key(f.refTable()).equals(Names.key(table)) && Names.keys(f.refColumns()).contains(k));
    }

    /**
     * What {@code op} does that copies or rebuilds its whole table, and the way instead where there is one; null
     * where it runs instantly or in place (or touches no table's rows).
     */
    static TableCopy copies(Operation op) {
        return op.accept(COPIES);
    }

    private static final String BLOCKS = " under a lock that blocks writes";

    private static final OperationVisitor<TableCopy> COPIES = new OperationVisitor<>() {
        @Override public TableCopy addColumn(AddColumn a) {
            return a.column().identity() ? new TableCopy(a.table(), a.column().name(), "adds " + a.table() + "."
                    + a.column().name() + " with auto_increment, which rebuilds " + a.table() + " whole" + BLOCKS, null)
                    : null;
        }

        @Override public TableCopy alterColumn(AlterColumn a) {
            return alterCopies(a);
        }

        @Override public TableCopy addConstraint(AddConstraint a) {
            String t = a.table();
            return a.constraint().accept(new ConstraintVisitor<TableCopy>() {
                @Override public TableCopy index(Index i) { return null; }
                @Override public TableCopy uniqueKey(UniqueKey u) { return null; }

                @Override public TableCopy foreignKey(ForeignKey f) {
                    return new TableCopy(t, single(f.columns()), "adds foreign key " + name(f.name()) + " on " + t
                            + ", which copies " + t + BLOCKS, "the server adds it in place only with"
                            + " foreign_key_checks off, which leaves the existing rows unchecked");
                }

                @Override public TableCopy check(Check c) {
                    return new TableCopy(t, null, "adds check " + name(c.name()) + " on " + t + ", which copies " + t
                            + BLOCKS, null);
                }

                @Override public TableCopy primaryKey(PrimaryKey k) {
                    return new TableCopy(t, single(k.columns()), "adds a primary key to " + t + ", which rebuilds " + t
                            + " whole", null);
                }
            });
        }

        @Override public TableCopy dropConstraint(DropConstraint d) {
            return d.constraint() instanceof PrimaryKey k ? new TableCopy(d.table(), single(k.columns()),
                    "drops the primary key of " + d.table() + ", which copies " + d.table() + BLOCKS, null) : null;
        }

        // instant, in place, or no table rows involved
        @Override public TableCopy createTable(CreateTable op) { return null; }
        @Override public TableCopy dropTable(DropTable op) { return null; }
        @Override public TableCopy dropColumn(DropColumn op) { return null; }
        @Override public TableCopy createSequence(CreateSequence op) { return null; }
        @Override public TableCopy dropSequence(DropSequence op) { return null; }
        @Override public TableCopy alterSequence(AlterSequence op) { return null; }
        @Override public TableCopy setTableComment(SetTableComment op) { return null; }
        @Override public TableCopy executeSql(ExecuteSql op) { return null; }
        @Override public TableCopy renameColumn(RenameColumn op) { return null; }
        @Override public TableCopy renameTable(RenameTable op) { return null; }
        @Override public TableCopy backfill(Backfill op) { return null; }
    };

    private static TableCopy alterCopies(AlterColumn a) {
        String t = a.table(), c = a.from().name();
        if ((a.typeChanged() || a.identityChanged()) && !widensInPlace(a)) {
            boolean varchars = varchar(a.from().type()) && varchar(a.to().type());
            return new TableCopy(t, c, "changes " + t + "." + c + " from " + a.from().type() + (a.from().identity()
                    ? " auto_increment" : "") + " to " + a.to().type() + (a.to().identity() ? " auto_increment" : "")
                    + ", which copies " + t + BLOCKS, varchars
                    ? "instead, lengthen a varchar only while its length bytes stay the same (both lengths up to 63"
                    + " characters, or both from 256), which is in place; past that, add a new column, backfill it in batches and switch to it"
                    : "instead, add a new column, backfill it in batches and switch to it");
        }
        if (a.nullableChanged()) {
            return new TableCopy(t, c, "makes " + t + "." + c + (a.to().nullable() ? " nullable" : " NOT NULL")
                    + ", which rebuilds " + t + " whole", null);
        }
        return null;
    }

    private static boolean varchar(String type) {
        TypeWidth.Sized s = TypeWidth.Sized.of(type);
        return s != null && s.family().equals("varchar");
    }

    private static String single(java.util.List<String> columns) {
        return columns.size() == 1 ? columns.get(0) : null;
    }

    private static String name(String n) {
        return Objects.requireNonNullElse(n, "(unnamed)");
    }
}
