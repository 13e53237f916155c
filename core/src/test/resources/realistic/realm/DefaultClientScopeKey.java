package realm;

import java.io.Serializable;
import java.util.Objects;

public class DefaultClientScopeKey implements Serializable {
    public String realmId;
    public String scopeId;

    @Override public boolean equals(Object o) {
        return o instanceof DefaultClientScopeKey k && Objects.equals(realmId, k.realmId) && Objects.equals(scopeId, k.scopeId);
    }

    @Override public int hashCode() {
        return Objects.hash(realmId, scopeId);
    }
}
