import io.autogen.api.Migration;
import io.autogen.api.Operations;
import io.autogen.api.Revision;

import static io.autogen.api.Ddl.index;

/**
 * index events status
 *
 * Revision 353eadfef4a9, parents: 149629421652, created 2026-11-22T07:41:17Z.
 */
@Revision(id = "353eadfef4a9", parents = {"149629421652"}, message = "index events status", created = "2026-11-22T07:41:17Z")
public class M20261122_0741_IndexEventsStatus implements Migration {

    @Override
    public void upgrade(Operations op) {
        // ### autogen commands: review, then adjust as needed ###
        op.createIndex("events", index("status").named("ix_events_status"));
        // ### end of autogen commands ###
    }

    @Override
    public void downgrade(Operations op) {
        // ### autogen commands: review, then adjust as needed ###
        op.dropIndex("events", index("status").named("ix_events_status"));
        // ### end of autogen commands ###
    }
}
