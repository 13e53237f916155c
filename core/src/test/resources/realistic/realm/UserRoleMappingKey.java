package realm;

import java.io.Serializable;
import java.util.Objects;

public class UserRoleMappingKey implements Serializable {
    String userId;
    String roleId;

    @Override public boolean equals(Object o) {
        return o instanceof UserRoleMappingKey k && Objects.equals(userId, k.userId) && Objects.equals(roleId, k.roleId);
    }

    @Override public int hashCode() {
        return Objects.hash(userId, roleId);
    }
}
