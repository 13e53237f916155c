package realm;

import jakarta.persistence.*;

/** A client scope every new client of a realm gets. */
@Entity
@Table(name = "default_client_scope", indexes = @Index(name = "idx_defcls_scope", columnList = "scope_id"))
@IdClass(DefaultClientScopeKey.class)
public class DefaultClientScope {
    @Id
    @Column(name = "realm_id", length = 36)
    String realmId;

    @Id
    @Column(name = "scope_id", length = 36)
    String scopeId;

    @Column(name = "default_scope", nullable = false)
    boolean defaultScope;
}
