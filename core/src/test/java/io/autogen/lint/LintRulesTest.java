package io.autogen.lint;

import io.autogen.runtime.Facts;

import static io.autogen.fixtures.Fixtures.col;
import static io.autogen.fixtures.Fixtures.id;
import static io.autogen.fixtures.Fixtures.notNull;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.autogen.fixtures.Fixtures;
import io.autogen.model.Check;
import io.autogen.model.ForeignKey;
import io.autogen.model.Index;
import io.autogen.model.PrimaryKey;
import io.autogen.model.Schema;
import io.autogen.model.Sequence;
import io.autogen.model.Table;
import io.autogen.model.UniqueKey;
import io.autogen.ops.AddColumn;
import io.autogen.ops.AddConstraint;
import io.autogen.ops.AlterColumn;
import io.autogen.ops.CreateTable;
import io.autogen.ops.DropColumn;
import io.autogen.ops.DropConstraint;
import io.autogen.ops.DropSequence;
import io.autogen.ops.DropTable;
import io.autogen.ops.ExecuteSql;
import io.autogen.ops.Operation;
import io.autogen.ops.RenameColumn;
import io.autogen.ops.RenameTable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * One row per rule: operations in, findings out, on each dialect the rule applies to (PostgreSQL's locking rules
 * stay quiet on SQLite; MariaDB's table copies, AG411, are named on MariaDB only). The codes and messages are pinned in golden/lint-findings.txt.
 */
class LintRulesTest {
    private static final Path GOLDEN = Path.of("core/src/test/resources/golden/lint-findings.txt");
    static final Linter.Target PG = Linter.Target.of(io.autogen.dialect.Dialects.named("postgresql"));
    static final Linter.Target SQLITE = Linter.Target.of(io.autogen.dialect.Dialects.named("sqlite"));

    /** Facts from fixed numbers: {@code rows} per table; nulls and duplicates the same for every question. */
    record Known(Map<String, Long> rows, Long nulls, Long duplicates) implements Facts {
        static Known rows(long n) {
            return new Known(Map.of("event", n, "venue", n), null, null);
        }

        @Override public OptionalLong rows(String table) {
            Long n = rows.get(table);
            return n == null ? OptionalLong.empty() : OptionalLong.of(n);
        }

        @Override public OptionalLong nulls(String table, String column) {
            return nulls == null ? OptionalLong.empty() : OptionalLong.of(nulls);
        }

        @Override public OptionalLong duplicates(String table, List<String> columns) {
            return duplicates == null ? OptionalLong.empty() : OptionalLong.of(duplicates);
        }
    }

    record Case(String name, Set<String> dialects, Facts facts, List<Operation> ops, List<String> codes) {}

    static final Set<String> BOTH = Set.of("postgresql", "sqlite");
    static final Set<String> PG_ONLY = Set.of("postgresql");
    static final Set<String> MARIADB = Set.of("mariadb");

    static Schema start() {
        Table noPk = Table.of("log", List.of(notNull("id", "bigint"), col("line", "varchar(200)")));
        return new Schema(List.of(Fixtures.richTable(), Fixtures.table("venue", id()), noPk),
                List.of(new Sequence("old_seq", 1, 1)));
    }

    static Case c(String name, Set<String> dialects, Facts facts, List<String> codes, Operation... ops) {
        return new Case(name, dialects, facts, List.of(ops), codes);
    }

    static List<Case> cases() {
        Facts some = Known.rows(5);
        Facts none = Known.rows(0);
        var status = col("status", "varchar(20)").withDefault("'DRAFT'").withComment("lifecycle");
        var title = notNull("title", "varchar(200)");
        return List.of(
                c("nullable add column", BOTH, some, List.of(), new AddColumn("event", col("bio", "varchar(500)"))),
                c("AG101 drop table", BOTH, some, List.of("AG101"), new DropTable(start().table("venue").orElseThrow())),
                c("AG102 drop column", BOTH, some, List.of("AG102"), new DropColumn("event", title)),
                c("AG104 narrowing", BOTH, some, List.of("AG104"),
                        new AlterColumn("event", title, title.withType("varchar(100)"))),
                c("AG106 drop foreign key", BOTH, some, List.of("AG106"), new DropConstraint("event",
                        new ForeignKey("fk_event_venue", List.of("venue_id"), "venue", List.of("id"), "cascade"))),
                c("AG107 drop + add of one type", BOTH, some, List.of("AG102", "AG107"),
                        new DropColumn("event", status), new AddColumn("event", col("state", "varchar(20)"))),
                c("AG107 drop + create of one shape", BOTH, some, List.of("AG101", "AG107"),
                        new DropTable(start().table("venue").orElseThrow()),
                        new CreateTable(Fixtures.table("place", id()))),
                c("AG108 drop sequence", PG_ONLY, some, List.of("AG108"), new DropSequence(new Sequence("old_seq", 1, 1))),
                c("AG201 rename table", BOTH, some, List.of("AG201"), new RenameTable("venue", "place")),
                c("AG202 rename column", BOTH, some, List.of("AG202"), new RenameColumn("event", "title", "headline")),
                c("AG203 drop not null", BOTH, some, List.of("AG203"), new AlterColumn("event", title, title.withNullable(true))),
                c("AG204 enum check loses a value", BOTH, none, List.of("AG204"),
                        new DropConstraint("event", new Check("event_status_check", "status in ('DRAFT','ON_SALE')")),
                        new AddConstraint("event", new Check("event_status_check", "status in ('DRAFT')"))),
                c("AG301 required column on a table with rows", BOTH, some, List.of("AG301"),
                        new AddColumn("event", notNull("rank", "integer"))),
                c("AG301 not on an empty table", BOTH, none, List.of(), new AddColumn("event", notNull("rank", "integer"))),
                c("AG301 not with a default", BOTH, some, List.of(),
                        new AddColumn("event", notNull("rank", "integer").withDefault("0"))),
                c("AG301 not on a table created alongside", BOTH, Facts.NONE, List.of(),
                        new CreateTable(Fixtures.table("place", id())), new AddColumn("place", notNull("rank", "integer"))),
                c("AG301 rows not known", BOTH, Facts.NONE, List.of("AG301"),
                        new AddColumn("event", notNull("rank", "integer"))),
                c("AG302 set not null", BOTH, some, List.of("AG302"),
                        new AlterColumn("event", status, status.withNullable(false))),
                c("AG302 with NULLs counted", BOTH, new Known(Map.of("event", 5L), 3L, null), List.of("AG302"),
                        new AlterColumn("event", status, status.withNullable(false))),
                c("AG303 unique on rows", BOTH, some, List.of("AG303"),
                        new AddConstraint("event", new UniqueKey("uq_event_status", List.of("status")))),
                c("AG303 with duplicates counted", BOTH, new Known(Map.of("event", 5L), null, 4L), List.of("AG303"),
                        new AddConstraint("event", new UniqueKey("uq_event_status", List.of("status")))),
                c("AG303 not on an empty table", BOTH, none, List.of(),
                        new AddConstraint("event", new UniqueKey("uq_event_status", List.of("status")))),
                c("AG401 index on an existing table", PG_ONLY, some, List.of("AG401"),
                        new AddConstraint("event", new Index("ix_event_title", List.of("title"), false))),
                c("AG401 quiet on SQLite", Set.of("sqlite"), some, List.of(),
                        new AddConstraint("event", new Index("ix_event_title", List.of("title"), false))),
                c("AG402 drop index", PG_ONLY, some, List.of("AG402"),
                        new DropConstraint("event", new Index("ix_event_status", List.of("status", "title"), false))),
                c("AG403 foreign key", PG_ONLY, some, List.of("AG403"), new AddConstraint("event",
                        new ForeignKey("fk_x", List.of("venue_id"), "venue", List.of("id"), null))),
                c("AG404 check", PG_ONLY, some, List.of("AG404"), new AddConstraint("event", new Check("ck_x", "id > 0"))),
                c("AG405 primary key", PG_ONLY, some, List.of("AG405"),
                        new AddConstraint("log", new PrimaryKey(null, List.of("id")))),
                c("AG406 type rewrite", PG_ONLY, some, List.of("AG406"), new AlterColumn("venue", id(), id().withType("numeric(20)"))),
                c("AG406 not for a wider varchar", PG_ONLY, some, List.of(),
                        new AlterColumn("event", title, title.withType("varchar(300)"))),
                c("AG407 volatile default", PG_ONLY, some, List.of("AG407"),
                        new AddColumn("event", col("token", "uuid").withDefault("gen_random_uuid()"))),
                c("AG411 type change copies the table", MARIADB, some, List.of("AG411"),
                        new AlterColumn("venue", id(), id().withType("numeric(20)"))),
                c("AG411 longer varchar crossing its length bytes", MARIADB, some, List.of("AG411"),
                        new AlterColumn("event", title, title.withType("varchar(300)"))),
                c("AG411 not for a longer varchar within its length bytes", MARIADB, some, List.of(),
                        new AlterColumn("event", status, status.withType("varchar(60)"))),
                c("AG411 set not null rebuilds", MARIADB, some, List.of("AG302", "AG411"),
                        new AlterColumn("event", status, status.withNullable(false))),
                c("AG411 foreign key", MARIADB, some, List.of("AG411"), new AddConstraint("event",
                        new ForeignKey("fk_x", List.of("venue_id"), "venue", List.of("id"), null))),
                c("AG411 check", MARIADB, some, List.of("AG411"), new AddConstraint("event", new Check("ck_x", "id > 0"))),
                c("AG411 primary key", MARIADB, some, List.of("AG411"),
                        new AddConstraint("log", new PrimaryKey(null, List.of("id")))),
                c("AG411 not on an empty table", MARIADB, none, List.of(),
                        new AlterColumn("venue", id(), id().withType("numeric(20)"))),
                c("AG411 not for instant or in-place operations", MARIADB, some, List.of(),
                        new AddColumn("event", col("bio", "varchar(500)")),
                        new AddConstraint("event", new Index("ix_event_title", List.of("title"), false)),
                        new DropConstraint("event", new Index("ix_event_status", List.of("status", "title"), false)),
                        new AlterColumn("event", status, status.withDefault("'OPEN'"))),
                c("AG505 hand-written SQL", BOTH, some, List.of("AG505"), new ExecuteSql("update event set title = upper(title)", null)),
                c("AG702 long identifier", PG_ONLY, some, List.of("AG702"),
                        new AddColumn("event", col("x".repeat(64), "integer"))));
    }

    private static List<Finding> lint(Case c, String dialect) {
        Linter linter = new Linter(Linter.Target.of(io.autogen.dialect.Dialects.named(dialect)), c.facts());
        return linter.lintAll(start(), c.ops());
    }

    @Test
    void eachRuleFindsWhatItDetectsOnTheDialectsItAppliesTo() {
        for (Case c : cases()) {
            for (String dialect : c.dialects()) {
                List<String> codes = lint(c, dialect).stream().map(Finding::code).sorted().toList();
                assertEquals(c.codes(), codes, c.name() + " on " + dialect);
            }
        }
    }

    @Test
    void codesAndMessagesMatchTheGoldenFile() throws Exception {
        List<String> lines = new ArrayList<>();
        for (Case c : cases()) {
            for (String dialect : new TreeSet<>(c.dialects())) {
                for (Finding f : lint(c, dialect)) {
                    lines.add(c.name() + " [" + dialect + "] " + f.line());
                }
            }
        }
        String actual = String.join("\n", lines) + "\n";
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8), actual,
                "lint findings differ from " + GOLDEN + " (rerun with -Dgolden.update=true after reviewing)");
    }

    @Test
    void everyRuleHasACaseAndDocsListEveryCode() throws Exception {
        Set<String> tested = cases().stream().flatMap(c -> c.codes().stream()).collect(Collectors.toSet());
        // AG501 is a finding of a revision (its @Revision says transactional), not of operations alone:
        // SafeFormsTest.lintNamesAnOnlineFormInATransactionalRevisionBeforeUpgradeRefusesIt covers it end to end
        tested.add("AG501");
        Set<String> rules = Rules.all().stream().map(Rule::code).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(rules, new TreeSet<>(tested), "a table-driven case per rule");
        String docs = Files.readString(Path.of("docs/lint.md"));
        Set<String> documented = new TreeSet<>();
        Matcher m = Pattern.compile("^\\| (AG\\d{3}) \\|", Pattern.MULTILINE).matcher(docs);
        while (m.find()) {
            documented.add(m.group(1));
        }
        assertEquals(rules, documented, "docs/lint.md lists exactly the shipped codes");
        for (Rule r : Rules.all()) {
            assertTrue(docs.contains("| " + r.code() + " | " + r.severity() + " |"), r.code() + " severity in docs");
        }
    }

    @Test
    void allowSilencesExactlyTheNamedCodeOnTheNextOperation() {
        List<String> source = List.of(
                "// autogen:allow AG102",
                "op.dropColumn(\"event\", \"title\");",
                "op.dropColumn(\"event\", \"status\");",
                "// AG301 error: something",
                "// autogen:allow AG101, AG301",
                "op.addColumn(...);");
        assertEquals(Set.of("AG102"), Allowances.at(source, 2));
        assertEquals(Set.of(), Allowances.at(source, 3), "only the next operation");
        assertEquals(Set.of("AG101", "AG301"), Allowances.at(source, 6), "the comment block above the operation");
        assertEquals(Set.of(), Allowances.at(source, 0));
    }
}
