package realm;

import java.io.Serializable;
import java.util.Objects;

public class UserSessionKey implements Serializable {
    public String userSessionId;
    public String offlineFlag;

    @Override public boolean equals(Object o) {
        return o instanceof UserSessionKey k && Objects.equals(userSessionId, k.userSessionId) && Objects.equals(offlineFlag, k.offlineFlag);
    }

    @Override public int hashCode() {
        return Objects.hash(userSessionId, offlineFlag);
    }
}
