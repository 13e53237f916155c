package realm;

import jakarta.persistence.*;
import java.util.HashMap;
import java.util.Map;

/** Maps claims of an identity provider onto local users. Indexed by (realm_id, name), index left unnamed. */
@Entity
@Table(name = "identity_provider_mapper", indexes = @Index(columnList = "realm_id, name"))
public class IdentityProviderMapper {
    @Id
    @Column(length = 36)
    String id;

    @Column(nullable = false)
    String name;

    @Column(name = "idp_alias", nullable = false)
    String identityProviderAlias;

    @Column(name = "idp_mapper_name", nullable = false)
    String identityProviderMapper;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "realm_id")
    Realm realm;

    @ElementCollection
    @CollectionTable(name = "idp_mapper_config", joinColumns = @JoinColumn(name = "idp_mapper_id"))
    @MapKeyColumn(name = "name")
    @Column(name = "value", length = 4000)
    Map<String, String> config = new HashMap<>();
}
