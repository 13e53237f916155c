package io.autogen.lint;

import io.autogen.spi.Commands;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rule table. Codes follow the shared lint-rules table (AG1xx destructive, AG2xx breaks running code, AG3xx
 * may fail on existing rows, AG4xx locks or rewrites the table (AG401-AG407 PostgreSQL's, AG411 MariaDB/MySQL's), AG5xx how the migration runs, AG7xx advice);
 * once shipped, a code keeps its meaning. docs/lint.md lists the same rows, and a test keeps the two in step.
 */
public final class Rules {
    private Rules() {}

    private static final Map<String, Rule> ALL = new LinkedHashMap<>();

    private static Rule rule(String code, Severity s, String detects, String safer, boolean dataLoss) {
        Rule r = new Rule(code, s, detects, safer, dataLoss);
        ALL.put(code, r);
        return r;
    }

    /**
     * {@code rule}'s safer way, its commands spelled as {@code commands} spells them (the table's text is the
     * command line's).
     */
    public static String safer(Rule rule, Commands commands) {
        if (rule == LIKELY_RENAME && commands != Commands.CLI) {
            return "make it a rename so the values stay: " + commands.generate("MSG") + " "
                    + commands.rename("TABLE.OLD=NEW") + " (or " + commands.renameTable("OLD=NEW") + ")";
        }
        return rule.safer();
    }

    public static final Rule DROP_TABLE = rule("AG101", Severity.error, "drop table",
            "stop using the table in code and release, then drop it in a later migration; back it up first", true);
    public static final Rule DROP_COLUMN = rule("AG102", Severity.error, "drop column",
            "remove the field from the entity and release first, then drop the column in a later migration", true);
    public static final Rule NARROWING = rule("AG104", Severity.error, "narrowing type change",
            "add a new column, backfill and switch to it; or check first that every value fits", true);
    public static final Rule DROP_FOREIGN_KEY = rule("AG106", Severity.warning, "drop foreign key",
            "confirm no code relies on it; keep it until the contract step", false);
    public static final Rule LIKELY_RENAME = rule("AG107", Severity.warning, "drop + add that looks like a rename",
            "make it a rename so the values stay: autogen -m MSG --rename TABLE.OLD=NEW (or --rename-table OLD=NEW)",
            false);
    public static final Rule DROP_SEQUENCE = rule("AG108", Severity.warning, "drop sequence",
            "confirm nothing draws from it any more", true);
    public static final Rule RENAME_TABLE = rule("AG201", Severity.warning, "rename table",
            "keep the physical name (@Table(name = \"old\")), or expand/contract behind a view", false);
    public static final Rule RENAME_COLUMN = rule("AG202", Severity.warning, "rename column",
            "keep the physical name (@Column(name = \"old\")), or add, dual write, backfill, switch reads, drop", false);
    public static final Rule DROP_NOT_NULL = rule("AG203", Severity.warning, "drop NOT NULL",
            "make sure running code copes with NULLs before it sees them", false);
    public static final Rule ENUM_NARROWED = rule("AG204", Severity.warning, "enum check loses a value",
            "add the new value first, migrate the rows, remove the old value in a later release", false);
    public static final Rule ADD_REQUIRED_COLUMN = rule("AG301", Severity.error,
            "add NOT NULL column without default to a table with rows",
            "add it nullable, backfill, then set NOT NULL; or give it a @ColumnDefault", false);
    public static final Rule SET_NOT_NULL = rule("AG302", Severity.warning, "set NOT NULL on an existing column",
            "backfill the NULLs first; on PostgreSQL add CHECK (c IS NOT NULL) NOT VALID, VALIDATE it, then SET NOT NULL",
            false);
    public static final Rule ADD_UNIQUE = rule("AG303", Severity.warning, "add unique key on existing rows",
            "remove duplicates first; on PostgreSQL build the unique index CONCURRENTLY and add the key USING INDEX",
            false);
    public static final Rule INDEX_NOT_CONCURRENT = rule("AG401", Severity.warning,
            "create index without CONCURRENTLY on an existing table",
            "CREATE INDEX CONCURRENTLY, outside the transaction", false);
    public static final Rule DROP_INDEX_NOT_CONCURRENT = rule("AG402", Severity.info,
            "drop index without CONCURRENTLY", "DROP INDEX CONCURRENTLY, outside the transaction", false);
    public static final Rule FOREIGN_KEY_VALIDATED = rule("AG403", Severity.warning,
            "add foreign key and validate it in one step", "add it NOT VALID, then VALIDATE CONSTRAINT", false);
    public static final Rule CHECK_VALIDATED = rule("AG404", Severity.warning,
            "add check and validate it in one step", "add it NOT VALID, then VALIDATE CONSTRAINT", false);
    public static final Rule ADD_PRIMARY_KEY = rule("AG405", Severity.warning, "add primary key to an existing table",
            "build a unique index CONCURRENTLY, then ADD PRIMARY KEY USING INDEX", false);
    public static final Rule TYPE_REWRITE = rule("AG406", Severity.warning, "type change that rewrites the table",
            "add a new column, backfill in batches, switch to it", false);
    public static final Rule VOLATILE_DEFAULT = rule("AG407", Severity.warning, "add column with a volatile default",
            "add it without a default, SET DEFAULT, then backfill in batches", false);
    public static final Rule TABLE_COPY = rule("AG411", Severity.warning,
            "ALTER that copies or rebuilds the whole table (MariaDB/MySQL)",
            "the in-place way where the finding names one; for a very large table, an online schema change tool"
            + " (gh-ost, pt-online-schema-change) or a quiet hour", false);
    public static final Rule OUTSIDE_TRANSACTION = rule("AG501", Severity.error,
            "statement that cannot run in a transaction (CONCURRENTLY, NOT VALID online form) in a transactional revision",
            "add transactional = false to the @Revision, so that its statements run one by one", false);
    public static final Rule OPAQUE_SQL = rule("AG505", Severity.warning, "hand-written SQL autogen cannot analyse",
            "review it by hand; accept it with // autogen:allow AG505", false);
    public static final Rule IDENTIFIER_TOO_LONG = rule("AG702", Severity.error, "identifier longer than 63 bytes",
            "shorten the name: PostgreSQL cuts it to 63 bytes, and cut names may clash", false);

    public static Rule get(String code) {
        return ALL.get(code);
    }

    public static List<Rule> all() {
        return List.copyOf(ALL.values());
    }
}
