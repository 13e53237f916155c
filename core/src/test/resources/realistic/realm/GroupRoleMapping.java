package realm;

import jakarta.persistence.*;

@Entity
@Table(name = "group_role_mapping", indexes = @Index(name = "idx_group_role_mapp_group", columnList = "group_id"))
public class GroupRoleMapping {
    @EmbeddedId
    GroupRoleMappingId id;

    @MapsId("groupId")
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "group_id")
    UserGroup group;
}
