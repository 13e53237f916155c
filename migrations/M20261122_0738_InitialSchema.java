import io.autogen.api.Migration;
import io.autogen.api.Operations;
import io.autogen.api.Revision;

import static io.autogen.api.Ddl.check;
import static io.autogen.api.Ddl.column;
import static io.autogen.api.Ddl.foreignKey;
import static io.autogen.api.Ddl.index;
import static io.autogen.api.Ddl.primaryKey;
import static io.autogen.api.Ddl.unique;

/**
 * initial schema
 *
 * Revision 3f808fd037f1, parents: none (first revision), created 2026-11-22T07:38:05Z.
 */
@Revision(id = "3f808fd037f1", parents = {}, message = "initial schema", created = "2026-11-22T07:38:05Z")
public class M20261122_0738_InitialSchema implements Migration {

    @Override
    public void upgrade(Operations op) {
        // ### autogen commands: review, then adjust as needed ###
        op.createTable("users",
                column("id", "integer").notNull().identity(),
                column("created_at", "timestamp").notNull(),
                column("display_name", "varchar(80)").notNull(),
                column("email", "varchar(120)").notNull(),
                primaryKey("id"),
                unique("email").named("uq_users_email"));
        op.createTable("orders",
                column("id", "integer").notNull().identity(),
                column("placed_at", "timestamp").notNull(),
                column("total", "numeric(10,2)").notNull(),
                column("user_id", "bigint").notNull(),
                primaryKey("id"),
                foreignKey("user_id").references("users", "id").named("fk_orders_user"));
        op.createTable("venues",
                column("id", "integer").notNull().identity(),
                column("capacity", "integer"),
                column("city", "varchar(80)"),
                column("name", "varchar(120)").notNull(),
                primaryKey("id"));
        op.createTable("events",
                column("id", "integer").notNull().identity(),
                column("image", "varchar(500)"),
                column("starts_at", "timestamp").notNull(),
                column("status", "varchar(20)").notNull(),
                column("title", "varchar(200)").notNull(),
                column("venue_id", "bigint").notNull(),
                primaryKey("id"),
                check("status in ('DRAFT','ON_SALE','SOLD_OUT','CANCELLED')").named("events_status_check"),
                foreignKey("venue_id").references("venues", "id").named("fk_events_venue"));
        op.createTable("tickets",
                column("id", "integer").notNull().identity(),
                column("price", "numeric(10,2)").notNull(),
                column("seat", "varchar(12)").notNull(),
                column("event_id", "bigint").notNull(),
                column("order_id", "bigint"),
                primaryKey("id"),
                unique("event_id", "seat").named("uq_tickets_seat"),
                foreignKey("event_id").references("events", "id").named("fk_tickets_event"),
                foreignKey("order_id").references("orders", "id").named("fk_tickets_order"),
                index("event_id").named("ix_tickets_event"));
        // ### end of autogen commands ###
    }

    @Override
    public void downgrade(Operations op) {
        // ### autogen commands: review, then adjust as needed ###
        // DATA LOSS: drops table tickets and every row in it
        op.dropTable("tickets");
        // DATA LOSS: drops table events and every row in it
        op.dropTable("events");
        // DATA LOSS: drops table venues and every row in it
        op.dropTable("venues");
        // DATA LOSS: drops table orders and every row in it
        op.dropTable("orders");
        // DATA LOSS: drops table users and every row in it
        op.dropTable("users");
        // ### end of autogen commands ###
    }
}
