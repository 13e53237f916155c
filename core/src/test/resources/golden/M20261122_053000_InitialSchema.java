import io.autogen.api.Migration;
import io.autogen.api.Operations;
import io.autogen.api.Revision;

import static io.autogen.api.Ddl.check;
import static io.autogen.api.Ddl.column;
import static io.autogen.api.Ddl.foreignKey;
import static io.autogen.api.Ddl.index;
import static io.autogen.api.Ddl.primaryKey;
import static io.autogen.api.Ddl.tableComment;
import static io.autogen.api.Ddl.unique;

/**
 * initial schema
 *
 * Revision 3f2a9c1d7e4b, parents: none (first revision), created 2026-11-22T05:30:00Z.
 */
@Revision(id = "3f2a9c1d7e4b", parents = {}, message = "initial schema", created = "2026-11-22T05:30:00Z")
public class M20261122_053000_InitialSchema implements Migration {

    @Override
    public void upgrade(Operations op) {
        // ### autogen commands: review, then adjust as needed ###
        op.createSequence("old_seq", 1, 1);
        op.createTable("venue",
                column("id", "bigint").notNull().identity(),
                primaryKey("id"));
        op.createTable("event",
                column("id", "bigint").notNull().identity(),
                column("title", "varchar(200)").notNull(),
                column("status", "varchar(20)").defaultValue("'DRAFT'").comment("lifecycle"),
                column("venue_id", "bigint").notNull(),
                primaryKey("id"),
                unique("title").named("uq_event_title"),
                check("status in ('DRAFT','ON_SALE')").named("event_status_check"),
                foreignKey("venue_id").references("venue", "id").named("fk_event_venue").onDelete("cascade"),
                index("status", "title").named("ix_event_status"),
                tableComment("things that happen"));
        // ### end of autogen commands ###
    }

    @Override
    public void downgrade(Operations op) {
        // ### autogen commands: review, then adjust as needed ###
        // DATA LOSS: drops table event and every row in it
        op.dropTable("event");
        // DATA LOSS: drops table venue and every row in it
        op.dropTable("venue");
        // DATA LOSS: drops sequence old_seq and its current value
        op.dropSequence("old_seq");
        // ### end of autogen commands ###
    }
}
