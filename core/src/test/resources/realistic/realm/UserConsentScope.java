package realm;

import jakarta.persistence.*;

@Entity
@Table(name = "user_consent_client_scope")
public class UserConsentScope {
    @EmbeddedId
    UserConsentScopeId id;

    @MapsId("consentId")
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "user_consent_id")
    UserConsent consent;
}
