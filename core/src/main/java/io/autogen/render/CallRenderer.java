package io.autogen.render;

import static io.autogen.render.JavaText.literal;
import static io.autogen.render.JavaText.literals;

import io.autogen.model.Check;
import io.autogen.model.Column;
import io.autogen.model.Constraint;
import io.autogen.model.ConstraintVisitor;
import io.autogen.model.ForeignKey;
import io.autogen.model.Index;
import io.autogen.model.PrimaryKey;
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
import io.autogen.ops.SetTableComment;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes each operation as the Java call that stands for it, and records which {@code Ddl} builders it used so
 * that the file imports only those. A destructive operation is preceded by a comment saying what data it loses.
 */
final class CallRenderer implements OperationVisitor<String> {
    static final String INDENT = "        ";
    private static final String CONTINUATION = INDENT + "        ";

    private final Set<String> builders = new TreeSet<>();

    Set<String> usedBuilders() {
        return builders;
    }

    String render(List<Operation> ops) {
        return render(ops, ops.stream().map(CallRenderer::dataLoss).toList());
    }

    /** The comment lines above an operation when no lint ran: what data it loses, if any. */
    static List<String> dataLoss(Operation op) {
        return op.dataLoss() == null ? List.of() : List.of("DATA LOSS: " + op.dataLoss());
    }

    /** Each operation's call, preceded by its comment lines ({@code comments.get(i)} for {@code ops.get(i)}). */
    String render(List<Operation> ops, List<List<String>> comments) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < ops.size(); i++) {
            for (String c : comments.get(i)) {
                lines.add(INDENT + "// " + c.replace('\n', ' '));
            }
            lines.add(INDENT + ops.get(i).accept(this));
        }
        return String.join("\n", lines);
    }

    private String use(String builder) {
        builders.add(builder);
        return builder;
    }

    String column(Column c) {
        StringBuilder sb = new StringBuilder(use("column")).append('(').append(literal(c.name())).append(", ")
                .append(literal(c.type())).append(')');
        if (!c.nullable()) sb.append(".notNull()");
        if (c.identity()) sb.append(".identity()");
        if (c.defaultValue() != null) sb.append(".defaultValue(").append(literal(c.defaultValue())).append(')');
        if (c.comment() != null) sb.append(".comment(").append(literal(c.comment())).append(')');
        return sb.toString();
    }

    String constraint(Constraint c) {
        return c.accept(new ConstraintVisitor<String>() {
            @Override public String primaryKey(PrimaryKey pk) {
                return named(pk, use("primaryKey") + "(" + literals(pk.columns()) + ")");
            }

            @Override public String index(Index i) {
                return named(i, use(i.unique() ? "uniqueIndex" : "index") + "(" + literals(i.columns()) + ")");
            }

            @Override public String uniqueKey(UniqueKey u) {
                return named(u, use("unique") + "(" + literals(u.columns()) + ")");
            }

            @Override public String foreignKey(ForeignKey f) {
                String s = named(f, use("foreignKey") + "(" + literals(f.columns()) + ").references("
                        + literal(f.refTable()) + ", " + literals(f.refColumns()) + ")");
                return f.onDelete() == null ? s : s + ".onDelete(" + literal(f.onDelete()) + ")";
            }

            @Override public String check(Check k) {
                return named(k, use("check") + "(" + literal(k.expression()) + ")");
            }
        });
    }

    private static String named(Constraint c, String call) {
        return c.name() == null ? call : call + ".named(" + literal(c.name()) + ")";
    }

    /**
     * How the calls of a constraint kind are spelled: {@code op.<verb><name>} adds it ({@code createIndex},
     * {@code addCheck}), {@code op.drop<name>} drops it, and {@code online} asks for its online form.
     */
    private record Kind(String name, String verb, String online) {}

    private static final ConstraintVisitor<Kind> KIND = new ConstraintVisitor<>() {
        @Override public Kind primaryKey(PrimaryKey c) { return new Kind("PrimaryKey", "add", ".notValid()"); }
        @Override public Kind index(Index c) { return new Kind("Index", "create", ".concurrently()"); }
        @Override public Kind uniqueKey(UniqueKey c) { return new Kind("UniqueConstraint", "add", ".concurrently()"); }
        @Override public Kind foreignKey(ForeignKey c) { return new Kind("ForeignKey", "add", ".notValid()"); }
        @Override public Kind check(Check c) { return new Kind("Check", "add", ".notValid()"); }
    };

    @Override public String createTable(CreateTable op) {
        Table t = op.definition();
        List<String> parts = new ArrayList<>();
        t.columns().forEach(c -> parts.add(column(c)));
        if (t.primaryKey() != null) parts.add(constraint(t.primaryKey()));
        t.uniqueKeys().forEach(u -> parts.add(constraint(u)));
        t.checks().forEach(k -> parts.add(constraint(k)));
        t.foreignKeys().forEach(f -> parts.add(constraint(f)));
        t.indexes().forEach(i -> parts.add(constraint(i)));
        if (t.comment() != null) parts.add(use("tableComment") + "(" + literal(t.comment()) + ")");
        for (var r : t.rows()) {
            List<String> pairs = new ArrayList<>();
            for (int i = 0; i < r.columns().size(); i++) {
                pairs.add(literal(r.columns().get(i)));
                pairs.add(literal(r.values().get(i)));
            }
            parts.add(use("row") + "(" + String.join(", ", pairs) + ")");
        }
        return "op.createTable(" + literal(t.name()) + ",\n" + CONTINUATION
                + String.join(",\n" + CONTINUATION, parts) + ");";
    }

    @Override public String dropTable(DropTable op) {
        return "op.dropTable(" + literal(op.table()) + ");";
    }

    @Override public String addColumn(AddColumn op) {
        return "op.addColumn(" + literal(op.table()) + ", " + column(op.column()) + ");";
    }

    @Override public String dropColumn(DropColumn op) {
        return "op.dropColumn(" + literal(op.table()) + ", " + literal(op.column().name()) + ");";
    }

    @Override public String alterColumn(AlterColumn op) {
        return "op.alterColumn(" + literal(op.table()) + ", " + column(op.to()) + (op.appliesOnline() ? ".online()" : "") + ");"
                + " // was " + describe(op.from());
    }

    private static String describe(Column c) {
        return c.type() + (c.nullable() ? "" : " not null") + (c.defaultValue() == null ? "" : " default " + c.defaultValue())
                + (c.identity() ? " identity" : "");
    }

    @Override public String addConstraint(AddConstraint op) {
        Kind kind = op.constraint().accept(KIND);
        return "op." + kind.verb() + kind.name() + "(" + literal(op.table()) + ", " + constraint(op.constraint())
                + (op.online() ? kind.online() : "") + ");";
    }

    @Override public String dropConstraint(DropConstraint op) {
        Kind kind = op.constraint().accept(KIND);
        return "op.drop" + kind.name() + "(" + literal(op.table()) + ", " + constraint(op.constraint())
                + (op.online() ? kind.online() : "") + ");";
    }

    @Override public String createSequence(CreateSequence op) {
        return "op.createSequence(" + literal(op.sequence().name()) + ", " + op.sequence().start() + ", "
                + op.sequence().increment() + ");";
    }

    @Override public String dropSequence(DropSequence op) {
        return "op.dropSequence(" + literal(op.sequence().name()) + ");";
    }

    @Override public String alterSequence(AlterSequence op) {
        return "op.alterSequence(" + literal(op.to().name()) + ", " + op.to().increment() + "); // was increment "
                + op.from().increment();
    }

    @Override public String setTableComment(SetTableComment op) {
        return "op.setTableComment(" + literal(op.table()) + ", " + literal(op.to()) + ");";
    }

    @Override public String renameColumn(RenameColumn op) {
        return "op.renameColumn(" + literal(op.table()) + ", " + literal(op.from()) + ", " + literal(op.to()) + ");";
    }

    @Override public String renameTable(RenameTable op) {
        return "op.renameTable(" + literal(op.from()) + ", " + literal(op.to()) + ");";
    }

    /**
     * Written with {@code null} for the reviewer to fill in: it compiles (so the other migrations, the offline check
     * and the lint still run) and it refuses to run against a database until filled in.
     */
    @Override public String backfill(Backfill op) {
        if (op.undo()) {
            return "// nothing undoes the backfill of " + op.table() + "." + op.column();
        }
        return "op.backfill(" + literal(op.table()) + ", " + literal(op.column()) + ", "
                + (op.expression() == null ? "/* TODO: an SQL expression for the rows that hold NULL */ null"
                : literal(op.expression())) + ");";
    }

    @Override public String executeSql(ExecuteSql op) {
        return "op.execute(" + literal(op.sql()) + ");";
    }
}
