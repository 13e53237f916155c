package keys;

import jakarta.persistence.*;
import java.io.Serializable;

/** A JOINED hierarchy keyed by an @EmbeddedId: the subclass table's key and its foreign key to the root. */
@Entity @Inheritance(strategy = InheritanceType.JOINED)
public class Ledger {
    @EmbeddedId Key key;
    String title;

    @Embeddable
    public static class Key implements Serializable {
        String zone;
        int year;

        @Override public boolean equals(Object o) { return o instanceof Key k && zone.equals(k.zone) && year == k.year; }
        @Override public int hashCode() { return zone.hashCode() + year; }
    }
}
