package realm;

import java.io.Serializable;
import java.util.Objects;

public class ClientSessionKey implements Serializable {
    public String userSessionId;
    public String clientId;
    public String offlineFlag;

    @Override public boolean equals(Object o) {
        return o instanceof ClientSessionKey k && Objects.equals(userSessionId, k.userSessionId) && Objects.equals(clientId, k.clientId) && Objects.equals(offlineFlag, k.offlineFlag);
    }

    @Override public int hashCode() {
        return Objects.hash(userSessionId, clientId, offlineFlag);
    }
}
