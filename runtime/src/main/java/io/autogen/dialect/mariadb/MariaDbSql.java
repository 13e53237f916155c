package io.autogen.dialect.mariadb;

import io.autogen.dialect.StandardSql;
import io.autogen.model.Check;
import io.autogen.model.Column;
import io.autogen.model.ConstraintVisitor;
import io.autogen.model.ForeignKey;
import io.autogen.model.Index;
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
import io.autogen.ops.SetTableComment;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Operation → MariaDB/MySQL statements. Identifiers are quoted with backticks (double quotes are string literals
 * unless {@code ANSI_QUOTES}); {@code MODIFY COLUMN} carries the whole definition, so an alter writes the column as it
 * becomes (type, nullability, default, identity and comment together) and nothing it keeps is lost. Every statement
 * commits on its own: the revision runs through the outside-transaction path ({@code Dialect#transactionalDdl}).
 * An ALTER the server can make instantly or in place says so ({@code ALGORITHM=INSTANT}, or {@code ALGORITHM=INPLACE,
 * LOCK=NONE}; which, on which server version: {@link MariaDbOnline}), so that one the server could only make by
 * copying and locking the table fails at once instead of blocking writes; one that copies anyway is written as
 * before, and the lint names it. The clauses are in the statements themselves (executable comments where MariaDB
 * and MySQL differ), so that a {@code --sql} script carries them with no connection to ask a version of.
 */
public final class MariaDbSql extends StandardSql {
    private static final Pattern BARE = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*");

    /** MariaDB's and MySQL 8's reserved words (a union: over-quoting is harmless). */
    static final Set<String> KEYWORDS = Set.of("""
            accessible add all alter analyze and as asc asensitive before between bigint binary blob both by call
            cascade case change char character check collate column condition constraint continue convert create cross
            cube cume_dist current_date current_role current_time current_timestamp current_user cursor database
            databases day_hour day_microsecond day_minute day_second dec decimal declare default delayed delete
            dense_rank desc describe deterministic distinct distinctrow div do_domain_ids double drop dual each else
            elseif empty enclosed escaped except exists exit explain false fetch first_value float float4 float8 for
            force foreign from fulltext function general generated get grant group grouping groups having
            high_priority hour_microsecond hour_minute hour_second if ignore ignore_domain_ids ignore_server_ids in
            index infile inner inout insensitive insert int int1 int2 int3 int4 int8 integer intersect interval into io_after_gtids
            io_before_gtids is iterate join json_table key keys kill lag last_value lateral lead leading leave left
            like limit linear lines load localtime localtimestamp lock long longblob longtext loop low_priority
            master_bind master_heartbeat_period master_ssl_verify_server_cert match maxvalue mediumblob mediumint
            mediumtext middleint minute_microsecond minute_second mod modifies natural not no_write_to_binlog
            nth_value ntile null numeric of offset on optimize optionally option or order out outer outfile over
            page_checksum parse_vcol_expr partition percent_rank position precision primary procedure purge range
            rank read reads read_write real recursive ref_system_id references regexp release rename repeat replace
            require resignal restrict return returning revoke right rlike row row_number rows schema schemas
            second_microsecond select sensitive separator set show signal slow smallint spatial specific sql
            sql_big_result sql_calc_found_rows sqlexception sql_small_result sqlstate sqlwarning ssl starting stats_auto_recalc
            stats_persistent stats_sample_pages stored straight_join system table terminated then tinyblob tinyint
            tinytext to trailing trigger true undo union unique unlock unsigned update usage use using utc_date
            utc_time utc_timestamp values varbinary varchar varcharacter varying virtual when where while window
            with write xor year_month zerofill
            """.trim().split("\\s+"));

    @Override protected Pattern bareIdentifier() {
        return BARE;
    }

    @Override protected Set<String> keywords() {
        return KEYWORDS;
    }

    @Override public String quote(String identifier) {
        boolean bare = BARE.matcher(identifier).matches()
                && !KEYWORDS.contains(identifier.toLowerCase(java.util.Locale.ROOT));
        return bare ? identifier : '`' + identifier.replace("`", "``") + '`';
    }

    @Override public List<String> statements(Operation op, Schema before) {
        return op.accept(new Visitor(before));
    }

    /** {@code name type [auto_increment] [default x] [not] null [comment '...']}: the whole of a column. */
    @Override protected String columnDefinition(Column c) {
        StringBuilder sb = new StringBuilder(quote(c.name())).append(' ').append(c.type());
        if (c.defaultValue() != null && !c.identity()) {
            sb.append(" default ").append(defaultExpression(c.defaultValue()));
        }
        if (!c.nullable()) {
            sb.append(" not null");
        } else if (c.type().startsWith("timestamp")) {
            sb.append(" null"); // without it, a timestamp is NOT NULL where explicit_defaults_for_timestamp is off
        }
        if (c.identity()) {
            sb.append(" auto_increment");
        }
        if (c.comment() != null) {
            sb.append(" comment ").append(literal(c.comment()));
        }
        return sb.toString();
    }

    /**
     * A default as the server takes it: a literal or a function with parentheses ({@code current_timestamp(6)}) as
     * it is, any other expression in parentheses (MariaDB 10.2+, MySQL 8.0.13+).
     */
    static String defaultExpression(String d) {
        String t = d.trim();
        if (t.matches("(?i)'(?:[^']|'')*'|-?\\d+(\\.\\d+)?|null|true|false|b'[01]+'|x'[0-9a-f]*'|"
                + "(current_timestamp|now|localtimestamp|localtime)(\\(\\d*\\))?") || t.startsWith("(")) {
            return t;
        }
        return "(" + t + ")";
    }

    @Override protected String literal(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    private String alter(String table) {
        return "alter table " + quote(table) + " ";
    }

    /** CREATE TABLE with its comment, then its indexes and rows. */
    private List<String> create(Table t) {
        List<String> out = new ArrayList<>(createTable(t, t.name()));
        if (t.comment() != null) {
            out.set(0, out.get(0) + " comment " + literal(t.comment()));
        }
        out.addAll(rows(t));
        return out;
    }

    @Override protected String createIndex(String table, Index i) {
        return "create " + (i.unique() ? "unique " : "") + "index " + quote(i.name()) + " on " + quote(table) + " ("
                + columnList(i.columns()) + ")";
    }

    /** Builds an index without blocking writes, or fails at once where the server cannot (CREATE INDEX's options). */
    private static final String ONLINE = " algorithm=inplace lock=none";

    private final class Visitor implements OperationVisitor<List<String>> {
        private final Schema before;

        Visitor(Schema before) {
            this.before = before;
        }

        @Override public List<String> createTable(CreateTable op) {
            return create(op.definition());
        }

        @Override public List<String> dropTable(DropTable op) {
            return List.of("drop table " + quote(op.table()));
        }

        @Override public List<String> addColumn(AddColumn op) {
            return List.of(alter(op.table()) + "add column " + columnDefinition(op.column())
                    + MariaDbOnline.addColumn(op.column()));
        }

        @Override public List<String> dropColumn(DropColumn op) {
            return List.of(alter(op.table()) + "drop column " + quote(op.column().name())
                    + MariaDbOnline.dropColumn(op, before));
        }

        /**
         * One statement: the column as it becomes, whole (MODIFY keeps nothing it is not told); a new literal default
         * (or none) alone is {@code ALTER COLUMN ... SET DEFAULT} (or {@code DROP DEFAULT}), which both servers make
         * instantly and which keeps the rest of the column as it is.
         */
        @Override public List<String> alterColumn(AlterColumn op) {
            Column to = op.to();
            if (!op.from().name().equals(to.name())) {
                return List.of(alter(op.table()) + "change column " + quote(op.from().name()) + " " + columnDefinition(to));
            }
            if (MariaDbOnline.defaultOnly(op)) {
                String d = to.defaultValue() != null ? "set default " + to.defaultValue()
                        : to.nullable() ? "set default null" : "drop default"; // as MODIFY leaves it: DEFAULT NULL, or none
                return List.of(alter(op.table()) + "alter column " + quote(to.name()) + " " + d
                        + MariaDbOnline.alterColumn(op));
            }
            return List.of(alter(op.table()) + "modify column " + columnDefinition(to) + MariaDbOnline.alterColumn(op));
        }

        @Override public List<String> addConstraint(AddConstraint op) {
            String t = op.table();
            return List.of(op.constraint().accept(new ConstraintVisitor<String>() {
                @Override public String index(Index i) {
                    return createIndex(t, i) + ONLINE;
                }

                @Override public String uniqueKey(UniqueKey u) {
                    return alter(t) + "add " + constraintClause(u) + MariaDbOnline.addConstraint(u);
                }

                @Override public String primaryKey(PrimaryKey k) {
                    return alter(t) + "add primary key (" + columnList(k.columns()) + ")";
                }

                @Override public String foreignKey(ForeignKey f) {
                    return alter(t) + "add " + constraintClause(f);
                }

                @Override public String check(Check k) {
                    return alter(t) + "add " + constraintClause(k);
                }
            }));
        }

        @Override public List<String> dropConstraint(DropConstraint op) {
            String t = op.table();
            return List.of(op.constraint().accept(new ConstraintVisitor<String>() {
                /** As ALTER TABLE: MariaDB's DROP INDEX takes no ALGORITHM or LOCK option (a syntax error on 10.11). */
                @Override public String index(Index i) {
                    return alter(t) + "drop index " + quote(i.name()) + MariaDbOnline.dropConstraint(i);
                }

                @Override public String uniqueKey(UniqueKey u) {
                    return alter(t) + "drop index " + quote(u.name()) + MariaDbOnline.dropConstraint(u);
                }

                @Override public String primaryKey(PrimaryKey k) {
                    return alter(t) + "drop primary key";
                }

                /**
                 * The key, and on MariaDB (10.1.4+) the index the server made for it (named as the key) where it made
                 * one; MySQL takes no {@code IF EXISTS} there, so the clause is in a comment only MariaDB runs.
                 */
                @Override public String foreignKey(ForeignKey f) {
                    return alter(t) + "drop foreign key " + quote(f.name()) + " /*M!100104 , drop index if exists "
                            + quote(f.name()) + " */" + MariaDbOnline.dropConstraint(f);
                }

                @Override public String check(Check k) {
                    return alter(t) + "drop constraint " + quote(k.name()) + MariaDbOnline.dropConstraint(k);
                }
            }));
        }

        @Override public List<String> createSequence(CreateSequence op) {
            return MariaDbSql.this.createSequence(op.sequence());
        }

        @Override public List<String> dropSequence(DropSequence op) {
            return MariaDbSql.this.dropSequence(op.sequence());
        }

        @Override public List<String> alterSequence(AlterSequence op) {
            return MariaDbSql.this.alterSequence(op.to());
        }

        @Override public List<String> setTableComment(SetTableComment op) {
            return List.of(alter(op.table()) + "comment = " + literal(op.to() == null ? "" : op.to())
                    + MariaDbOnline.tableComment());
        }

        @Override public List<String> renameColumn(RenameColumn op) {
            return List.of(alter(op.table()) + "rename column " + quote(op.from()) + " to " + quote(op.to())
                    + MariaDbOnline.renameColumn(op, before));
        }

        @Override public List<String> renameTable(RenameTable op) {
            return List.of("rename table " + quote(op.from()) + " to " + quote(op.to()));
        }

        @Override public List<String> backfill(Backfill op) {
            return MariaDbSql.this.backfill(op);
        }

        @Override public List<String> executeSql(ExecuteSql op) {
            return op.sql().isBlank() ? List.of() : List.of(op.sql());
        }
    }

    /** The server's estimate from its statistics (InnoDB's is rough, but read without a scan). */
    @Override public String rowEstimate(String table) {
        return "select table_rows from information_schema.tables where table_schema = database() and table_name = "
                + literal(table);
    }
}
