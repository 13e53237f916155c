package realm;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

@Embeddable
public class ScopeMappingId implements Serializable {
    @Column(name = "client_id", length = 36)
    String clientId;

    @Column(name = "role_id", length = 36)
    String roleId;

    @Override public boolean equals(Object o) {
        return o instanceof ScopeMappingId k && Objects.equals(clientId, k.clientId) && Objects.equals(roleId, k.roleId);
    }

    @Override public int hashCode() {
        return Objects.hash(clientId, roleId);
    }
}
