package realm;

import jakarta.persistence.*;

/** A role a client may put into its tokens. */
@Entity
@Table(name = "scope_mapping", indexes = @Index(name = "idx_scope_mapping_role", columnList = "role_id"))
public class ScopeMapping {
    @EmbeddedId
    ScopeMappingId id;

    @MapsId("clientId")
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "client_id")
    Client client;

    @MapsId("roleId")
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "role_id")
    Role role;
}
