package realm;

import jakarta.persistence.*;

@Entity
@Table(name = "role_attribute", indexes = @Index(name = "idx_role_attribute", columnList = "role_id"))
public class RoleAttribute {
    @Id
    @Column(length = 36)
    String id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "role_id")
    Role role;

    @Column(nullable = false)
    String name;

    @Column(length = 255)
    String value;
}
