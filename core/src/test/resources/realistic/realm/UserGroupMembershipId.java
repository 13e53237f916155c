package realm;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

@Embeddable
public class UserGroupMembershipId implements Serializable {
    @Column(name = "user_id", length = 36)
    String userId;

    @Column(name = "group_id", length = 36)
    String groupId;

    @Override public boolean equals(Object o) {
        return o instanceof UserGroupMembershipId k && Objects.equals(userId, k.userId) && Objects.equals(groupId, k.groupId);
    }

    @Override public int hashCode() {
        return Objects.hash(userId, groupId);
    }
}
