package realm;

import jakarta.persistence.*;

@Entity
@Table(name = "user_attribute", indexes = {@Index(name = "idx_user_attribute", columnList = "user_id"),
                                           @Index(name = "idx_user_attribute_name", columnList = "name, value")})
public class UserAttribute {
    @Id
    @Column(length = 36)
    String id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id")
    UserEntity user;

    @Column(nullable = false)
    String name;

    @Column(length = 255)
    String value;

    @Column(name = "long_value_hash", length = 64)
    byte[] longValueHash;
}
