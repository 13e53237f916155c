package realm;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

@Embeddable
public class UserConsentScopeId implements Serializable {
    @Column(name = "user_consent_id", length = 36)
    String consentId;

    @Column(name = "scope_id", length = 36)
    String scopeId;

    @Override public boolean equals(Object o) {
        return o instanceof UserConsentScopeId k && Objects.equals(consentId, k.consentId) && Objects.equals(scopeId, k.scopeId);
    }

    @Override public int hashCode() {
        return Objects.hash(consentId, scopeId);
    }
}
