package realm;

import jakarta.persistence.*;

/** A link from a local user to an account at an external identity provider. */
@Entity
@Table(name = "federated_identity", indexes = @Index(name = "idx_fedidentity_user", columnList = "user_id"))
@IdClass(FederatedIdentityKey.class)
public class FederatedIdentity {
    @Id
    @Column(name = "identity_provider", length = 255)
    String identityProvider;

    @Id
    @Column(name = "user_id", length = 36)
    String userId;

    @Column(name = "realm_id", length = 36)
    String realmId;

    @Column(name = "federated_user_id", length = 255)
    String federatedUserId;

    @Column(name = "federated_username", length = 255)
    String federatedUsername;

    @Column(length = 4000)
    String token;
}
