package realm;

import jakarta.persistence.*;

@Entity
@Table(name = "user_group_membership", indexes = @Index(name = "idx_user_group_mapping", columnList = "user_id"))
public class UserGroupMembership {
    @EmbeddedId
    UserGroupMembershipId id;

    @Column(name = "membership_type", length = 255, nullable = false)
    String membershipType;
}
