package realm;

import java.io.Serializable;
import java.util.Objects;

public class LoginFailureKey implements Serializable {
    public String realmId;
    public String userId;

    @Override public boolean equals(Object o) {
        return o instanceof LoginFailureKey k && Objects.equals(realmId, k.realmId) && Objects.equals(userId, k.userId);
    }

    @Override public int hashCode() {
        return Objects.hash(realmId, userId);
    }
}
