package keys;

import jakarta.persistence.*;
import java.io.Serializable;

/** Keyed by an @IdClass whose fields differ in type and sort otherwise by name than by declaration. */
@Entity @IdClass(Membership.Key.class)
public class Membership {
    @Id String userId;
    @Id Long groupId;
    @Id short tier;
    String role;

    public static class Key implements Serializable {
        String userId;
        Long groupId;
        short tier;

        @Override public boolean equals(Object o) { return o instanceof Key k && userId.equals(k.userId) && groupId.equals(k.groupId) && tier == k.tier; }
        @Override public int hashCode() { return userId.hashCode() * 31 + groupId.hashCode() + tier; }
    }
}
