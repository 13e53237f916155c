import io.autogen.api.Migration;
import io.autogen.api.Operations;
import io.autogen.api.Revision;

import static io.autogen.api.Ddl.column;
import static io.autogen.api.Ddl.foreignKey;
import static io.autogen.api.Ddl.index;
import static io.autogen.api.Ddl.primaryKey;

/**
 * create notifications table
 *
 * Revision 050134c952bc, parents: 353eadfef4a9, created 2026-11-22T07:42:21Z.
 */
@Revision(id = "050134c952bc", parents = {"353eadfef4a9"}, message = "create notifications table", created = "2026-11-22T07:42:21Z")
public class M20261122_0742_CreateNotificationsTable implements Migration {

    @Override
    public void upgrade(Operations op) {
        // ### autogen commands: review, then adjust as needed ###
        op.createTable("notifications",
                column("id", "integer").notNull().identity(),
                column("body", "varchar(280)").notNull(),
                column("read_flag", "boolean").notNull(),
                column("sent_at", "timestamp"),
                column("user_id", "bigint").notNull(),
                primaryKey("id"),
                foreignKey("user_id").references("users", "id").named("fk_notifications_user"),
                index("user_id", "sent_at").named("ix_notifications_user"));
        // ### end of autogen commands ###
    }

    @Override
    public void downgrade(Operations op) {
        // ### autogen commands: review, then adjust as needed ###
        // DATA LOSS: drops table notifications and every row in it
        op.dropTable("notifications");
        // ### end of autogen commands ###
    }
}
