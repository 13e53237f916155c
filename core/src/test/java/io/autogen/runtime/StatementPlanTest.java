package io.autogen.runtime;

import static io.autogen.api.Ddl.column;
import static io.autogen.api.Ddl.foreignKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.autogen.api.Operations;
import io.autogen.fixtures.TestDb;
import io.autogen.model.Schema;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The live run and {@code --sql} send the same statements; a table is rebuilt once however many changes need it. */
class StatementPlanTest {
    @TempDir Path dir;

    static final Consumer<Operations> TWO_FOREIGN_KEYS = op -> {
        op.addColumn("item", column("maker_id", "bigint"));
        op.addForeignKey("item", foreignKey("owner_id").references("owner", "id").named("fk_item_owner"));
        op.addForeignKey("item", foreignKey("maker_id").references("owner", "id").named("fk_item_maker"));
    };

    @Test
    void sqliteScriptAndLiveRunAgreeStatementForStatementWithOneRebuild() throws Exception {
        try (TestDb db = TestDb.sqlite(dir)) {
            db.exec("create table owner (id integer primary key)",
                    "create table item (id integer primary key, owner_id bigint, touched integer)",
                    "create table audit (item_id bigint)",
                    "create trigger item_audit after insert on item begin insert into audit values (new.id); end",
                    "insert into owner values (1)", "insert into item (id, owner_id) values (10, 1)");
            Schema start = db.inspect();

            List<String> script = new ArrayList<>();
            Backends.Script backend = new Backends.Script(db.dialect().emitter(), s -> script.add(s.substring(0, s.length() - 1)));
            TWO_FOREIGN_KEYS.accept(new OperationsFacade(start, backend));
            backend.finish();

            List<String> live;
            try (Connection c = db.connect()) {
                JdbcBackend jdbc = new JdbcBackend(c, db.dialect(), null);
                TWO_FOREIGN_KEYS.accept(new OperationsFacade(jdbc.inspect(), jdbc));
                jdbc.flush();
                c.commit();
                live = jdbc.executed();
            }
            assertEquals(script, live);
            assertEquals(1, live.stream().filter(s -> s.startsWith("insert into _autogen_new_item")).count(), live.toString());
            assertTrue(live.stream().anyMatch(s -> s.toLowerCase().startsWith("create trigger item_audit")), live.toString());
            assertEquals(1, db.count("select count(*) from item where id = 10 and owner_id = 1"), "the row survives");
            assertEquals(1, db.count("select count(*) from sqlite_master where type = 'trigger' and name = 'item_audit'"));
            assertEquals(2, db.count("select count(*) from pragma_foreign_key_list('item')"));
        }
    }
}
