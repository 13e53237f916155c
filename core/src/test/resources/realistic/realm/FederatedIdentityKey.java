package realm;

import java.io.Serializable;
import java.util.Objects;

public class FederatedIdentityKey implements Serializable {
    String identityProvider;
    String userId;

    @Override public boolean equals(Object o) {
        return o instanceof FederatedIdentityKey k && Objects.equals(identityProvider, k.identityProvider) && Objects.equals(userId, k.userId);
    }

    @Override public int hashCode() {
        return Objects.hash(identityProvider, userId);
    }
}
