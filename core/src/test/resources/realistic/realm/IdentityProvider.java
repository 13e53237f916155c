package realm;

import jakarta.persistence.*;
import java.util.HashMap;
import java.util.Map;

/** An external identity provider users can log in through. */
@Entity
@Table(name = "identity_provider",
       uniqueConstraints = @UniqueConstraint(name = "uk_identity_provider_alias", columnNames = {"realm_id", "provider_alias"}))
public class IdentityProvider {
    @Id
    @Column(name = "internal_id", length = 36)
    String internalId;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "realm_id")
    Realm realm;

    @Column(name = "provider_alias", nullable = false)
    String alias;

    @Column(name = "provider_id", length = 255)
    String providerId;

    @Column(nullable = false)
    boolean enabled;

    @Column(name = "trust_email", nullable = false)
    boolean trustEmail;

    @Enumerated(EnumType.STRING)
    @Column(name = "sync_mode", length = 10)
    SyncMode syncMode;

    @Column(name = "first_broker_login_flow_id", length = 36)
    String firstBrokerLoginFlowId;

    @ElementCollection
    @CollectionTable(name = "identity_provider_config", joinColumns = @JoinColumn(name = "identity_provider_id"))
    @MapKeyColumn(name = "name")
    @Column(name = "value", length = 4000)
    Map<String, String> config = new HashMap<>();
}
