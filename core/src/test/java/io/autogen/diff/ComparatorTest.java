package io.autogen.diff;

import static io.autogen.fixtures.Fixtures.col;
import static io.autogen.fixtures.Fixtures.fk;
import static io.autogen.fixtures.Fixtures.id;
import static io.autogen.fixtures.Fixtures.notNull;
import static io.autogen.fixtures.Fixtures.schema;
import static io.autogen.fixtures.Fixtures.table;
import static io.autogen.fixtures.Fixtures.withFk;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.autogen.dialect.postgres.PostgresTypes;
import io.autogen.dialect.sqlite.SqliteTypes;
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
import io.autogen.ops.CreateSequence;
import io.autogen.ops.CreateTable;
import io.autogen.ops.DropColumn;
import io.autogen.ops.DropConstraint;
import io.autogen.ops.DropTable;
import io.autogen.ops.Operation;
import io.autogen.ops.SchemaApplier;
import io.autogen.ops.SetTableComment;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Table-driven: (name, current, desired, expected operations), on PostgreSQL's hints. */
class ComparatorTest {
    private static final Table USERS = table("users", id(), notNull("name", "varchar(80)"));
    private static final Table VENUE = table("venue", id());

    static Stream<Arguments> cases() {
        Table usersBio = USERS.withColumns(List.of(id(), notNull("name", "varchar(80)"), col("bio", "varchar(500)")));
        Table event = withFk(table("event", id(), notNull("venue_id", "bigint")), fk("fk_event_venue", "venue_id", "venue"));
        Table indexed = USERS.withIndexes(List.of(new Index("ix_users_name", List.of("name"), false)));
        Table a = withFk(table("a", id(), col("b_id", "bigint")), fk("fk_a_b", "b_id", "b"));
        Table b = withFk(table("b", id(), col("a_id", "bigint")), fk("fk_b_a", "a_id", "a"));
        return Stream.of(
                Arguments.of("same schema", schema(USERS), schema(USERS), List.of()),
                Arguments.of("same types spelt differently",
                        schema(USERS.withColumns(List.of(id(), notNull("name", "character varying(80)")))), schema(USERS), List.of()),
                Arguments.of("new table", schema(), schema(USERS), List.of(new CreateTable(USERS))),
                Arguments.of("dropped table", schema(USERS), schema(), List.of(new DropTable(USERS))),
                Arguments.of("new column", schema(USERS), schema(usersBio), List.of(new AddColumn("users", col("bio", "varchar(500)")))),
                Arguments.of("dropped column", schema(usersBio), schema(USERS), List.of(new DropColumn("users", col("bio", "varchar(500)")))),
                Arguments.of("changed length", schema(USERS),
                        schema(USERS.mapColumn("name", c -> c.withType("varchar(120)"))),
                        List.of(new AlterColumn("users", notNull("name", "varchar(80)"), notNull("name", "varchar(120)")))),
                Arguments.of("nullability", schema(USERS), schema(USERS.mapColumn("name", c -> c.withNullable(true))),
                        List.of(new AlterColumn("users", notNull("name", "varchar(80)"), col("name", "varchar(80)")))),
                Arguments.of("default", schema(USERS), schema(USERS.mapColumn("name", c -> c.withDefault("'x'"))),
                        List.of(new AlterColumn("users", notNull("name", "varchar(80)"), notNull("name", "varchar(80)").withDefault("'x'")))),
                Arguments.of("same default spelt differently", schema(USERS.mapColumn("name", c -> c.withDefault("'x'::character varying"))),
                        schema(USERS.mapColumn("name", c -> c.withDefault("'x'"))), List.of()),
                Arguments.of("column comment", schema(USERS), schema(USERS.mapColumn("name", c -> c.withComment("shown"))),
                        List.of(new AlterColumn("users", notNull("name", "varchar(80)"), notNull("name", "varchar(80)").withComment("shown")))),
                Arguments.of("table comment", schema(USERS), schema(USERS.withComment("people")),
                        List.of(new SetTableComment("users", null, "people"))),
                Arguments.of("new index", schema(USERS), schema(indexed),
                        List.of(new AddConstraint("users", new Index("ix_users_name", List.of("name"), false)))),
                Arguments.of("index renamed only", schema(USERS.withIndexes(List.of(new Index("other", List.of("name"), false)))),
                        schema(indexed), List.of()),
                Arguments.of("index column order", schema(table("t", id(), col("a", "int"), col("b", "int"))
                                .withIndexes(List.of(new Index("ix", List.of("a", "b"), false)))),
                        schema(table("t", id(), col("a", "int"), col("b", "int")).withIndexes(List.of(new Index("ix", List.of("b", "a"), false)))),
                        List.of(new DropConstraint("t", new Index("ix", List.of("a", "b"), false)),
                                new AddConstraint("t", new Index("ix", List.of("b", "a"), false)))),
                Arguments.of("unique by columns not names", schema(USERS.withUniqueKeys(List.of(new UniqueKey("UK123", List.of("name"))))),
                        schema(USERS.withUniqueKeys(List.of(new UniqueKey("uq_users_name", List.of("name"))))), List.of()),
                Arguments.of("unique index equals unique constraint",
                        schema(USERS.withUniqueKeys(List.of(new UniqueKey("uq", List.of("name"))))),
                        schema(USERS.withIndexes(List.of(new Index("ux", List.of("name"), true)))), List.of()),
                Arguments.of("index becomes unique", schema(indexed),
                        schema(USERS.withIndexes(List.of(new Index("ix_users_name", List.of("name"), true)))),
                        List.of(new DropConstraint("users", new Index("ix_users_name", List.of("name"), false)),
                                new AddConstraint("users", new Index("ix_users_name", List.of("name"), true)))),
                Arguments.of("fk by target not name", schema(VENUE, withFk(table("event", id(), notNull("venue_id", "bigint")), fk("FKabc", "venue_id", "venue"))),
                        schema(VENUE, event), List.of()),
                Arguments.of("on delete change", schema(VENUE, event),
                        schema(VENUE, table("event", id(), notNull("venue_id", "bigint")).withForeignKeys(List.of(
                                new ForeignKey("fk_event_venue", List.of("venue_id"), "venue", List.of("id"), "cascade")))),
                        List.of(new DropConstraint("event", fk("fk_event_venue", "venue_id", "venue")),
                                new AddConstraint("event", new ForeignKey("fk_event_venue", List.of("venue_id"), "venue", List.of("id"), "cascade")))),
                Arguments.of("parent created before child", schema(), schema(event, VENUE),
                        List.of(new CreateTable(VENUE), new CreateTable(event))),
                Arguments.of("child dropped before parent", schema(event, VENUE), schema(),
                        List.of(new DropTable(event), new DropTable(VENUE))),
                Arguments.of("fk cycle broken after both tables", schema(), schema(a, b),
                        List.of(new CreateTable(a.withForeignKeys(List.of())), new CreateTable(b),
                                new AddConstraint("a", fk("fk_a_b", "b_id", "b")))),
                Arguments.of("fk cycle dropped through its fk", schema(a, b), schema(),
                        List.of(new DropConstraint("a", fk("fk_a_b", "b_id", "b")), new DropTable(b),
                                new DropTable(a.withForeignKeys(List.of())))),
                Arguments.of("check by content", schema(USERS.withChecks(List.of(new Check("users_name_check",
                                "((name)::text = ANY ((ARRAY['a'::character varying])::text[]))")))),
                        schema(USERS.withChecks(List.of(new Check("x", "name in ('a')")))), List.of()),
                Arguments.of("enum value added changes the check", schema(USERS.withChecks(List.of(new Check("c", "name in ('a')")))),
                        schema(USERS.withChecks(List.of(new Check("c", "name in ('a','b')")))),
                        List.of(new DropConstraint("users", new Check("c", "name in ('a')")),
                                new AddConstraint("users", new Check("c", "name in ('a','b')")))),
                Arguments.of("primary key change", schema(USERS),
                        schema(USERS.withPrimaryKey(new PrimaryKey(null, List.of("id", "name")))),
                        List.of(new DropConstraint("users", new PrimaryKey(null, List.of("id"))),
                                new AddConstraint("users", new PrimaryKey(null, List.of("id", "name"))))),
                Arguments.of("new sequence", schema(), new Schema(List.of(), List.of(new Sequence("users_seq", 1, 50))),
                        List.of(new CreateSequence(new Sequence("users_seq", 1, 50)))),
                Arguments.of("allocation size change", new Schema(List.of(), List.of(new Sequence("users_seq", 1, 50))),
                        new Schema(List.of(), List.of(new Sequence("users_seq", 1, 10))),
                        List.of(new io.autogen.ops.AlterSequence(new Sequence("users_seq", 1, 50), new Sequence("users_seq", 1, 10)))),
                Arguments.of("constraints dropped before columns, columns added before constraints",
                        schema(USERS.withColumns(List.of(id(), notNull("name", "varchar(80)"), col("old", "int")))
                                .withIndexes(List.of(new Index("ix_old", List.of("old"), false)))),
                        schema(USERS.withColumns(List.of(id(), notNull("name", "varchar(80)"), col("fresh", "int")))
                                .withIndexes(List.of(new Index("ix_fresh", List.of("fresh"), false)))),
                        List.of(new DropConstraint("users", new Index("ix_old", List.of("old"), false)),
                                new DropColumn("users", col("old", "int")),
                                new AddColumn("users", col("fresh", "int")),
                                new AddConstraint("users", new Index("ix_fresh", List.of("fresh"), false)))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void compares(String name, Schema current, Schema desired, List<Operation> expected) {
        List<Operation> ops = new Comparator(new PostgresTypes()).compare(current, desired);
        assertEquals(expected, ops);
        // applying the operations to the current model gives a schema the comparator finds equal to the desired one
        Schema after = SchemaApplier.applyAll(current, ops);
        assertEquals(List.of(), new Comparator(new PostgresTypes()).compare(after, desired), "after applying " + ops);
        // and the derived downgrade takes it back
        List<Operation> down = new ArrayList<>();
        for (int i = ops.size() - 1; i >= 0; i--) {
            down.add(ops.get(i).reverse());
        }
        assertEquals(List.of(), new Comparator(new PostgresTypes()).compare(SchemaApplier.applyAll(after, down), current));
    }

    @org.junit.jupiter.api.Test
    void sqliteIgnoresWhatItCannotHold() {
        Schema current = schema(USERS.mapColumn("id", c -> c.withType("integer").withIdentity(false)));
        Schema desired = schema(USERS.mapColumn("id", c -> c.withType("integer")).withComment("people")
                .mapColumn("name", c -> c.withComment("shown")));
        assertEquals(List.of(), new Comparator(new SqliteTypes()).compare(current, desired));
        assertEquals(List.of(), new Comparator(new SqliteTypes()).compare(schema(),
                new Schema(List.of(), List.of(new Sequence("s", 1, 1)))));
    }

    @org.junit.jupiter.api.Test
    void orderIsDeterministic() {
        Schema desired = schema(table("zeta", id()), table("alpha", id()), table("mid", id()));
        List<Operation> ops = new Comparator(new PostgresTypes()).compare(schema(), desired);
        assertEquals(List.of("alpha", "mid", "zeta"), ops.stream().map(Operation::table).toList());
        assertEquals(ops, new Comparator(new PostgresTypes()).compare(schema(),
                schema(table("mid", id()), table("zeta", id()), table("alpha", id()))));
        Fixtures.everyOperation(); // fixtures stay loadable
    }
}
