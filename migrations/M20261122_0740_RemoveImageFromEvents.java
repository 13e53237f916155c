import io.autogen.api.Migration;
import io.autogen.api.Operations;
import io.autogen.api.Revision;

import static io.autogen.api.Ddl.column;

/**
 * remove image from events
 *
 * Revision 149629421652, parents: 9b9c4d160b22, created 2026-11-22T07:40:14Z.
 */
@Revision(id = "149629421652", parents = {"9b9c4d160b22"}, message = "remove image from events", created = "2026-11-22T07:40:14Z")
public class M20261122_0740_RemoveImageFromEvents implements Migration {

    @Override
    public void upgrade(Operations op) {
        // ### autogen commands: review, then adjust as needed ###
        // DATA LOSS: drops column events.image and its values
        op.dropColumn("events", "image");
        // ### end of autogen commands ###
    }

    @Override
    public void downgrade(Operations op) {
        // ### autogen commands: review, then adjust as needed ###
        op.addColumn("events", column("image", "varchar(500)"));
        // ### end of autogen commands ###
    }
}
