package io.autogen.lint;

import io.autogen.runtime.Facts;

import io.autogen.error.ModelException;
import io.autogen.model.Check;
import io.autogen.model.Column;
import io.autogen.model.Constraint;
import io.autogen.model.ConstraintVisitor;
import io.autogen.model.ForeignKey;
import io.autogen.model.Index;
import io.autogen.model.Names;
import io.autogen.model.PrimaryKey;
import io.autogen.model.Schema;
import io.autogen.model.Table;
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
import io.autogen.ops.SchemaApplier;
import io.autogen.ops.SetTableComment;
import io.autogen.ops.TypeWidth;
import java.nio.charset.StandardCharsets;
import io.autogen.spi.Commands;
import io.autogen.dialect.Dialect;
import io.autogen.dialect.LintProfile;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks each operation of one migration against the rule table: a function of the operation, the model before
 * it, the operations around it (a drop next to an add), and the live facts. Tables the migration creates hold no
 * rows, so what may fail on rows or lock a busy table is no finding there.
 */
public final class Linter {
    /**
     * What the database is: its lint profile (which DDL locks, which defaults and type changes rewrite, its
     * identifier limit), its name in words, and its type normaliser (so that {@code int4} and {@code integer} agree).
     */
    public record Target(LintProfile profile, String database, UnaryOperator<String> normaliseType) {
        public static final Target NEUTRAL = new Target(LintProfile.NONE, "the database",
                t -> t.toLowerCase(java.util.Locale.ROOT));

        /** The target of {@code dialect}'s database. */
        public static Target of(Dialect dialect) {
            return new Target(dialect.lint(), dialect.title(), dialect.hints()::normaliseType);
        }

        /** True where DDL takes locks that block a busy table (the AG4xx rules, and the online safe forms). */
        public boolean locks() {
            return profile.locksOnDdl();
        }

        public int identifierLimit() {
            return profile.identifierLimit();
        }
    }

    private final Target target;
    private final Facts facts;
    private final Commands commands;

    public Linter(Target target, Facts facts) {
        this(target, facts, Commands.CLI);
    }

    /** @param commands how findings spell the choice that makes a likely rename a rename */
    public Linter(Target target, Facts facts, Commands commands) {
        this.target = target;
        this.facts = facts;
        this.commands = commands;
    }

    public Target target() {
        return target;
    }

    /** The findings of each operation of {@code ops}, in order, starting from the model {@code before}. */
    public List<List<Finding>> lint(Schema before, List<Operation> ops) {
        CreatedTables created = new CreatedTables();
        Schema s = before;
        List<List<Finding>> out = new ArrayList<>();
        for (int i = 0; i < ops.size(); i++) {
            Operation op = ops.get(i);
            out.add(op.accept(new Visitor(s, created, ops)));
            created.see(op);
            try {
                s = SchemaApplier.apply(s, op);
            } catch (ModelException e) {
                // a hand-written migration the model cannot follow: lint the rest against what is known
            }
        }
        return out;
    }

    /** Every finding of {@code ops}, flattened. */
    public List<Finding> lintAll(Schema before, List<Operation> ops) {
        return lint(before, ops).stream().flatMap(List::stream).toList();
    }

    private static final Pattern LITERAL = Pattern.compile("'((?:[^']|'')*)'");
    private static final Pattern FIRST_WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final class Visitor implements OperationVisitor<List<Finding>> {
        private final Schema before;
        private final CreatedTables created;
        private final List<Operation> all;

        Visitor(Schema before, CreatedTables created, List<Operation> all) {
            this.before = before;
            this.created = created;
            this.all = all;
        }

        /** Rows the table holds: none if this migration created it, else what the database says, if anything. */
        private OptionalLong rows(String table) {
            return created.contains(table) ? OptionalLong.of(0) : facts.rows(table);
        }

        private boolean empty(String table) {
            OptionalLong n = rows(table);
            return n.isPresent() && n.getAsLong() == 0;
        }

        private String holds(String table) {
            OptionalLong n = rows(table);
            return n.isPresent() ? " (" + table + " holds " + n.getAsLong() + " row" + (n.getAsLong() == 1 ? "" : "s")
                    + ")" : "";
        }

        private List<Finding> findings(Finding... f) {
            return List.of(f);
        }

        /** AG411: {@code op} copies or rebuilds a table that holds rows (or may), as the database's profile says. */
        private void copies(List<Finding> out, Operation op) {
            LintProfile.TableCopy c = target.profile().copiesTable(op);
            if (c != null && !empty(c.table())) {
                out.add(new Finding(Rules.TABLE_COPY, c.table(), c.column(), c.what() + holds(c.table())
                        + (c.instead() == null ? "" : "; " + c.instead())));
            }
        }

        private void longName(List<Finding> out, String table, String column, String name) {
            if (target.identifierLimit() > 0 && name != null
                    && name.getBytes(StandardCharsets.UTF_8).length > target.identifierLimit()) {
                out.add(new Finding(Rules.IDENTIFIER_TOO_LONG, table, column, "the name " + name + " is "
                        + name.getBytes(StandardCharsets.UTF_8).length + " bytes; " + target.database() + " keeps "
                        + target.identifierLimit()));
            }
        }

        @Override public List<Finding> createTable(CreateTable op) {
            List<Finding> out = new ArrayList<>();
            Table t = op.definition();
            longName(out, t.name(), null, t.name());
            t.columns().forEach(c -> longName(out, t.name(), c.name(), c.name()));
            List<Constraint> cs = new ArrayList<>(t.indexes());
            cs.addAll(t.uniqueKeys());
            cs.addAll(t.foreignKeys());
            cs.addAll(t.checks());
            cs.forEach(c -> longName(out, t.name(), null, c.name()));
            for (Operation other : all) {
                if (other instanceof DropTable d && sameColumns(d.definition(), t)) {
                    out.add(new Finding(Rules.LIKELY_RENAME, d.table(), null, "table " + d.table()
                            + " is dropped and " + t.name() + " created with the same columns: if it is a rename,"
                            + " drop + create loses every row (rename it with " + commands.renameTable(d.table() + "=" + t.name())
                            + ")"));
                }
            }
            return out;
        }

        private boolean sameColumns(Table a, Table b) {
            if (a.columns().size() != b.columns().size()) {
                return false;
            }
            return a.columns().stream().allMatch(c -> b.column(c.name())
                    .filter(o -> sameType(o.type(), c.type())).isPresent());
        }

        private boolean sameType(String a, String b) {
            return target.normaliseType().apply(a).equals(target.normaliseType().apply(b));
        }

        @Override public List<Finding> dropTable(DropTable op) {
            return findings(new Finding(Rules.DROP_TABLE, op.table(), null, op.dataLoss()));
        }

        @Override public List<Finding> addColumn(AddColumn op) {
            List<Finding> out = new ArrayList<>();
            Column c = op.column();
            longName(out, op.table(), c.name(), c.name());
            if (!c.nullable() && c.defaultValue() == null && !c.identity() && !empty(op.table())) {
                out.add(new Finding(Rules.ADD_REQUIRED_COLUMN, op.table(), c.name(), "adds " + op.table() + "."
                        + c.name() + " NOT NULL without a default, which fails on a table that holds rows"
                        + holds(op.table())));
            }
            if (target.locks() && c.defaultValue() != null && target.profile().isVolatile(c.defaultValue())
                    && !empty(op.table())) {
                out.add(new Finding(Rules.VOLATILE_DEFAULT, op.table(), c.name(), "adds " + op.table() + "."
                        + c.name() + " with the volatile default " + c.defaultValue()
                        + ", which rewrites the table under an exclusive lock" + holds(op.table())));
            }
            copies(out, op);
            return out;
        }

        @Override public List<Finding> dropColumn(DropColumn op) {
            List<Finding> out = new ArrayList<>();
            out.add(new Finding(Rules.DROP_COLUMN, op.table(), op.column().name(), op.dataLoss()));
            for (Operation other : all) {
                // an added column of this revision (before or after the drop: outside a transaction drops run last)
                if (other instanceof AddColumn a && Names.key(a.table()).equals(Names.key(op.table()))
                        && sameType(a.column().type(), op.column().type())
                        && !Names.key(a.column().name()).equals(Names.key(op.column().name()))) {
                    out.add(new Finding(Rules.LIKELY_RENAME, op.table(), op.column().name(), op.table() + "."
                            + op.column().name() + " is dropped and " + op.table() + "." + a.column().name()
                            + " added with the same type: if it is a rename, drop + add loses every value"
                            + " (rename it with " + commands.rename(op.table() + "."
                            + op.column().name() + "=" + a.column().name()) + ")"));
                }
            }
            return out;
        }

        @Override public List<Finding> alterColumn(AlterColumn op) {
            List<Finding> out = new ArrayList<>();
            String t = op.table(), c = op.from().name();
            boolean narrows = op.typeChanged() && TypeWidth.narrows(op.from().type(), op.to().type());
            if (narrows) {
                OptionalLong cut = facts.tooWide(t, c, op.to().type());
                out.add(new Finding(Rules.NARROWING, cut.isPresent() && cut.getAsLong() > 0 ? Severity.error
                        : Rules.NARROWING.severity(), t, c, op.dataLoss()
                        + (cut.isPresent() ? " (" + cut.getAsLong() + " rows hold a value that does not fit)" : "")));
            } else if (op.typeChanged() && target.locks() && !target.profile().coercible(op.from().type(), op.to().type())
                    && !empty(t)) {
                out.add(new Finding(Rules.TYPE_REWRITE, t, c, "changes " + t + "." + c + " from " + op.from().type()
                        + " to " + op.to().type() + ", which rewrites the table under an exclusive lock" + holds(t)));
            }
            if (op.from().nullable() && !op.to().nullable() && !empty(t) && !backfilled(t, c)) {
                OptionalLong nulls = facts.nulls(t, c);
                if (nulls.isPresent() && nulls.getAsLong() > 0) {
                    out.add(new Finding(Rules.SET_NOT_NULL, Severity.error, t, c, "makes " + t + "." + c
                            + " NOT NULL, which fails: " + nulls.getAsLong() + " row"
                            + (nulls.getAsLong() == 1 ? " holds" : "s hold") + " NULL"));
                } else if (nulls.isEmpty() || target.locks() && !op.appliesOnline()) {
                    // the online form validates a check first: no scan under the exclusive lock left to warn of
                    boolean scans = target.locks() && !op.appliesOnline();
                    out.add(new Finding(Rules.SET_NOT_NULL, t, c, "makes " + t + "." + c + " NOT NULL, which fails"
                            + " if a row holds NULL" + (scans ? " and scans the table under an exclusive lock" : "")
                            + holds(t)));
                }
            }
            if (!op.from().nullable() && op.to().nullable()) {
                out.add(new Finding(Rules.DROP_NOT_NULL, t, c, "makes " + t + "." + c
                        + " nullable: code still running may not expect NULLs"));
            }
            copies(out, op);
            return out;
        }

        @Override public List<Finding> addConstraint(AddConstraint op) {
            List<Finding> out = new ArrayList<>();
            String t = op.table();
            Constraint k = op.constraint();
            longName(out, t, null, k.name());
            out.addAll(enumNarrowed(op)); // breaks running code whatever the rows
            if (empty(t)) {
                return out;
            }
            List<String> uniqueCols = op.uniqueColumns();
            if (uniqueCols != null) {
                OptionalLong dup = facts.duplicates(t, uniqueCols);
                String on = t + " (" + String.join(", ", uniqueCols) + ")";
                if (dup.isPresent() && dup.getAsLong() > 0) {
                    out.add(new Finding(Rules.ADD_UNIQUE, Severity.error, t, single(uniqueCols), "makes " + on
                            + " unique, which fails: " + dup.getAsLong() + " rows collide"));
                } else if (dup.isEmpty()) {
                    out.add(new Finding(Rules.ADD_UNIQUE, t, single(uniqueCols), "makes " + on
                            + " unique, which fails if existing rows hold duplicates" + holds(t)));
                }
            }
            copies(out, op);
            if (!target.locks() || op.online()) {
                return out; // the online form is the safer alternative these findings name
            }
            out.addAll(k.accept(new ConstraintVisitor<List<Finding>>() {
                @Override public List<Finding> index(Index i) {
                    return findings(new Finding(Rules.INDEX_NOT_CONCURRENT, t, single(i.columns()), "creates index "
                            + name(k) + " on " + t + " without CONCURRENTLY, which blocks writes to " + t
                            + " while it builds" + holds(t)));
                }

                @Override public List<Finding> foreignKey(ForeignKey f) {
                    return findings(new Finding(Rules.FOREIGN_KEY_VALIDATED, t, single(f.columns()), "adds foreign"
                            + " key " + name(k) + " on " + t + " and checks every row while blocking writes to " + t
                            + " and " + f.refTable() + holds(t)));
                }

                @Override public List<Finding> check(Check c) {
                    return findings(new Finding(Rules.CHECK_VALIDATED, t, null, "adds check " + name(k) + " on " + t
                            + " and checks every row while blocking writes to " + t + holds(t)));
                }

                @Override public List<Finding> primaryKey(PrimaryKey pk) {
                    return findings(new Finding(Rules.ADD_PRIMARY_KEY, t, single(pk.columns()), "adds a primary key"
                            + " to " + t + ", building its index while blocking writes" + holds(t)));
                }

                @Override public List<Finding> uniqueKey(UniqueKey u) {
                    return List.of(); // AG303 above names its online form
                }
            }));
            return out;
        }

        /** A check of the form {@code c in ('A', 'B')} that replaces one allowing more values. */
        private List<Finding> enumNarrowed(AddConstraint op) {
            if (!(op.constraint() instanceof Check added)) {
                return List.of();
            }
            for (Operation other : all) {
                if (other instanceof DropConstraint d && d.constraint() instanceof Check dropped
                        && Names.key(d.table()).equals(Names.key(op.table()))) {
                    String col = firstWord(added.expression());
                    if (col == null || !col.equalsIgnoreCase(firstWord(dropped.expression()))) {
                        continue;
                    }
                    Set<String> was = literals(dropped.expression());
                    Set<String> now = literals(added.expression());
                    was.removeAll(now);
                    if (!now.isEmpty() && !was.isEmpty()) {
                        return List.of(new Finding(Rules.ENUM_NARROWED, op.table(), col, "the check on "
                                + op.table() + "." + col + " no longer allows " + String.join(", ", was)
                                + ": rows holding them make the migration fail, and running code may still write them"));
                    }
                }
            }
            return List.of();
        }

        @Override public List<Finding> dropConstraint(DropConstraint op) {
            String t = op.table();
            List<Finding> out = new ArrayList<>(op.constraint().accept(new ConstraintVisitor<List<Finding>>() {
                @Override public List<Finding> foreignKey(ForeignKey f) {
                    return findings(new Finding(Rules.DROP_FOREIGN_KEY, t, single(f.columns()), "drops foreign key "
                            + name(f) + " on " + t + ": the database no longer keeps " + t + " ("
                            + String.join(", ", f.columns()) + ") pointing at rows of " + f.refTable()));
                }

                @Override public List<Finding> index(Index i) {
                    if (!target.locks() || op.online() || empty(t)) {
                        return List.of();
                    }
                    return findings(new Finding(Rules.DROP_INDEX_NOT_CONCURRENT, t, single(i.columns()), "drops index "
                            + name(i) + " without CONCURRENTLY, which blocks reads and writes of " + t
                            + " until it is done"));
                }

                // no rule covers dropping these
                @Override public List<Finding> primaryKey(PrimaryKey pk) { return List.of(); }
                @Override public List<Finding> uniqueKey(UniqueKey u) { return List.of(); }
                @Override public List<Finding> check(Check c) { return List.of(); }
            }));
            copies(out, op);
            return out;
        }

        @Override public List<Finding> createSequence(CreateSequence op) {
            List<Finding> out = new ArrayList<>();
            longName(out, null, null, op.sequence().name());
            return out;
        }

        @Override public List<Finding> dropSequence(DropSequence op) {
            return findings(new Finding(Rules.DROP_SEQUENCE, null, null, op.dataLoss()));
        }

        @Override public List<Finding> alterSequence(AlterSequence op) {
            return List.of();
        }

        @Override public List<Finding> setTableComment(SetTableComment op) {
            return List.of();
        }

        /** True when this migration backfills {@code table.column} (the safe form of a new NOT NULL column). */
        private boolean backfilled(String table, String column) {
            return Backfill.fills(all, table, column);
        }

        @Override public List<Finding> backfill(Backfill op) {
            if (op.undo() || op.expression() != null) {
                return List.of();
            }
            return findings(new Finding(Rules.ADD_REQUIRED_COLUMN, op.table(), op.column(), "adds " + op.table() + "."
                    + op.column() + " NOT NULL without a default to a table that holds rows" + holds(op.table())
                    + ": its backfill is not filled in, and the migration refuses to run until it is"));
        }

        @Override public List<Finding> executeSql(ExecuteSql op) {
            if (op.sql().isBlank()) {
                return List.of();
            }
            String sql = op.sql().strip().replaceAll("\\s+", " ");
            return findings(new Finding(Rules.OPAQUE_SQL, null, null, "runs hand-written SQL that autogen cannot"
                    + " check: " + (sql.length() > 60 ? sql.substring(0, 57) + "..." : sql)));
        }

        @Override public List<Finding> renameColumn(RenameColumn op) {
            List<Finding> out = new ArrayList<>();
            longName(out, op.table(), op.to(), op.to());
            out.add(new Finding(Rules.RENAME_COLUMN, op.table(), op.from(), "renames " + op.table() + "."
                    + op.from() + " to " + op.to() + ": code still running that names " + op.from() + " fails"));
            return out;
        }

        @Override public List<Finding> renameTable(RenameTable op) {
            List<Finding> out = new ArrayList<>();
            longName(out, op.to(), null, op.to());
            out.add(new Finding(Rules.RENAME_TABLE, op.from(), null, "renames table " + op.from() + " to "
                    + op.to() + ": code still running that names " + op.from() + " fails"));
            return out;
        }
    }

    private static String name(Constraint c) {
        return c.name() == null ? "(unnamed)" : c.name();
    }

    private static String single(List<String> columns) {
        return columns.size() == 1 ? columns.get(0) : null;
    }

    private static String firstWord(String expression) {
        Matcher m = FIRST_WORD.matcher(expression);
        return m.find() ? m.group() : null;
    }

    private static Set<String> literals(String expression) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = LITERAL.matcher(expression);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

}
