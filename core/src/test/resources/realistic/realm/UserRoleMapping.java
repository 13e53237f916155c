package realm;

import jakarta.persistence.*;

@Entity
@Table(name = "user_role_mapping", indexes = @Index(name = "idx_user_role_mapping", columnList = "user_id"))
@IdClass(UserRoleMappingKey.class)
public class UserRoleMapping {
    @Id
    @Column(name = "user_id", length = 36)
    String userId;

    @Id
    @Column(name = "role_id", length = 255)
    String roleId;
}
