package realm;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

@Embeddable
public class GroupRoleMappingId implements Serializable {
    @Column(name = "group_id", length = 36)
    String groupId;

    @Column(name = "role_id", length = 36)
    String roleId;

    @Override public boolean equals(Object o) {
        return o instanceof GroupRoleMappingId k && Objects.equals(groupId, k.groupId) && Objects.equals(roleId, k.roleId);
    }

    @Override public int hashCode() {
        return Objects.hash(groupId, roleId);
    }
}
