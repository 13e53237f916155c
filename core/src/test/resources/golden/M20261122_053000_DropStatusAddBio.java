import io.autogen.api.Migration;
import io.autogen.api.Operations;
import io.autogen.api.Revision;

import static io.autogen.api.Ddl.check;
import static io.autogen.api.Ddl.column;
import static io.autogen.api.Ddl.foreignKey;
import static io.autogen.api.Ddl.index;
import static io.autogen.api.Ddl.primaryKey;

/**
 * drop status, add bio
 *
 * Revision b8e5e43b379d, parents: 3f2a9c1d7e4b, created 2026-11-22T05:30:00Z.
 */
@Revision(id = "b8e5e43b379d", parents = {"3f2a9c1d7e4b"}, message = "drop status, add bio", created = "2026-11-22T05:30:00Z")
public class M20261122_053000_DropStatusAddBio implements Migration {

    @Override
    public void upgrade(Operations op) {
        // ### autogen commands: review, then adjust as needed ###
        op.dropForeignKey("event", foreignKey("venue_id").references("venue", "id").named("fk_event_venue").onDelete("cascade"));
        op.dropCheck("event", check("status in ('DRAFT','ON_SALE')").named("event_status_check"));
        op.dropIndex("event", index("status", "title").named("ix_event_status"));
        // DATA LOSS: drops table venue and every row in it
        op.dropTable("venue");
        // DATA LOSS: drops column event.status and its values
        op.dropColumn("event", "status");
        op.addColumn("event", column("bio", "varchar(500)"));
        // DATA LOSS: narrows event.title from varchar(200) to varchar(100): values that do not fit are cut or make the migration fail
        op.alterColumn("event", column("title", "varchar(100)").notNull()); // was varchar(200) not null
        // DATA LOSS: drops sequence old_seq and its current value
        op.dropSequence("old_seq");
        // ### end of autogen commands ###
    }

    @Override
    public void downgrade(Operations op) {
        // ### autogen commands: review, then adjust as needed ###
        op.createSequence("old_seq", 1, 1);
        op.alterColumn("event", column("title", "varchar(200)").notNull()); // was varchar(100) not null
        // DATA LOSS: drops column event.bio and its values
        op.dropColumn("event", "bio");
        op.addColumn("event", column("status", "varchar(20)").defaultValue("'DRAFT'").comment("lifecycle"));
        op.createTable("venue",
                column("id", "bigint").notNull().identity(),
                primaryKey("id"));
        op.createIndex("event", index("status", "title").named("ix_event_status"));
        op.addCheck("event", check("status in ('DRAFT','ON_SALE')").named("event_status_check"));
        op.addForeignKey("event", foreignKey("venue_id").references("venue", "id").named("fk_event_venue").onDelete("cascade"));
        // ### end of autogen commands ###
    }
}
