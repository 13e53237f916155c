import io.autogen.api.Migration;
import io.autogen.api.Operations;
import io.autogen.api.Revision;

import static io.autogen.api.Ddl.column;

/**
 * add bio column to users
 *
 * Revision 9b9c4d160b22, parents: 3f808fd037f1, created 2026-11-22T07:39:09Z.
 */
@Revision(id = "9b9c4d160b22", parents = {"3f808fd037f1"}, message = "add bio column to users", created = "2026-11-22T07:39:09Z")
public class M20261122_0739_AddBioColumnToUsers implements Migration {

    @Override
    public void upgrade(Operations op) {
        // ### autogen commands: review, then adjust as needed ###
        op.addColumn("users", column("bio", "varchar(500)"));
        // ### end of autogen commands ###
    }

    @Override
    public void downgrade(Operations op) {
        // ### autogen commands: review, then adjust as needed ###
        // DATA LOSS: drops column users.bio and its values
        op.dropColumn("users", "bio");
        // ### end of autogen commands ###
    }
}
