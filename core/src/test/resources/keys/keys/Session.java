package keys;

import jakarta.persistence.*;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An @EmbeddedId, and element collections of every kind: a set, a list with an order column, maps. */
@Entity @Table(name = "sessions")
public class Session {
    @EmbeddedId Key key;
    long started;

    @ElementCollection @CollectionTable(name = "session_notes") Set<String> notes;
    @ElementCollection @OrderColumn(name = "pos") @CollectionTable(name = "session_steps") List<String> steps;
    @ElementCollection @MapKeyColumn(name = "attr") @Column(name = "val") @CollectionTable(name = "session_attrs")
    Map<String, String> attrs;
    @ElementCollection @MapKeyEnumerated(EnumType.STRING) @MapKeyColumn(name = "kind")
    @CollectionTable(name = "session_limits") Map<Kind, Limit> limits;

    public enum Kind { SOFT, HARD }

    @Embeddable
    public static class Limit {
        int amount;
        String unit;
    }

    @Embeddable
    public static class Key implements Serializable {
        String realm;
        long number;
        String client;

        @Override public boolean equals(Object o) { return o instanceof Key k && realm.equals(k.realm) && number == k.number && client.equals(k.client); }
        @Override public int hashCode() { return realm.hashCode() + (int) number + client.hashCode(); }
    }
}
