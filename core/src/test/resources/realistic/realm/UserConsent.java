package realm;

import jakarta.persistence.*;
import java.util.HashSet;
import java.util.Set;

/** What a user allowed a client to see. */
@Entity
@Table(name = "user_consent", uniqueConstraints = @UniqueConstraint(name = "uk_local_consent", columnNames = {"client_id", "user_id"}))
public class UserConsent {
    @Id
    @Column(length = 36)
    String id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id")
    UserEntity user;

    @Column(name = "client_id", length = 255)
    String clientId;

    @Column(name = "created_date")
    Long createdDate;

    @Column(name = "last_updated_date")
    Long lastUpdatedDate;

    @OneToMany(mappedBy = "consent")
    Set<UserConsentScope> grantedScopes = new HashSet<>();
}
