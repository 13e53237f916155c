package realm;

import jakarta.persistence.*;

/** A pluggable provider instance (key providers, user storage). Indexed by (realm_id, name), index left unnamed. */
@Entity
@Table(name = "component", indexes = {@Index(columnList = "realm_id, name"),
                                      @Index(name = "idx_component_provider_type", columnList = "provider_type")})
public class Component {
    @Id
    @Column(length = 36)
    String id;

    @Version
    int version;

    @Column(nullable = false)
    String name;

    @Column(name = "parent_id", length = 36)
    String parentId;

    @Column(name = "provider_id", length = 36)
    String providerId;

    @Column(name = "provider_type", length = 255)
    String providerType;

    @Column(name = "sub_type", length = 255)
    String subType;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "realm_id")
    Realm realm;
}
