package realm;

import jakarta.persistence.*;
import java.util.HashSet;
import java.util.Set;

/** A user of a realm. */
@Entity
@Table(name = "user_entity",
       uniqueConstraints = {@UniqueConstraint(name = "uk_user_realm_username", columnNames = {"realm_id", "username"}),
                            @UniqueConstraint(name = "uk_user_realm_email", columnNames = {"realm_id", "email_constraint"})},
       indexes = @Index(name = "idx_user_email", columnList = "email"))
public class UserEntity {
    @Id
    @Column(length = 36)
    String id;

    @Version
    Long version;

    @Column(name = "realm_id", nullable = false, length = 36)
    String realmId;

    @Column(nullable = false)
    String username;

    @Column(length = 255)
    String email;

    @Column(name = "email_constraint")
    String emailConstraint;

    @Column(name = "email_verified", nullable = false)
    boolean emailVerified;

    @Column(name = "first_name")
    String firstName;

    @Column(name = "last_name")
    String lastName;

    @Column(nullable = false)
    boolean enabled;

    @Column(name = "created_timestamp")
    Long createdTimestamp;

    @Column(name = "federation_link", length = 255)
    String federationLink;

    @Column(name = "not_before", nullable = false)
    int notBefore;

    @ElementCollection
    @CollectionTable(name = "user_required_action", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "required_action", length = 255)
    Set<String> requiredActions = new HashSet<>();
}
