package realm;

import jakarta.persistence.*;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** A protected resource of a resource server. */
@Entity
@Table(name = "resource_server_resource",
       uniqueConstraints = @UniqueConstraint(name = "uk_resource_server_resource", columnNames = {"name", "owner", "resource_server_id"}))
public class AuthzResource {
    @Id
    @Column(length = 36)
    String id;

    @Column(nullable = false)
    String name;

    @Column(name = "display_name", length = 255)
    String displayName;

    @Column(length = 255)
    String type;

    @Column(name = "icon_uri", length = 255)
    String iconUri;

    @Column(nullable = false, length = 255)
    String owner;

    @Column(name = "owner_managed_access", nullable = false)
    boolean ownerManagedAccess;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "resource_server_id")
    ResourceServer resourceServer;

    @ElementCollection
    @CollectionTable(name = "resource_uris", joinColumns = @JoinColumn(name = "resource_id"))
    @Column(name = "value")
    Set<String> uris = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "resource_attribute", joinColumns = @JoinColumn(name = "resource_id"))
    @MapKeyColumn(name = "name")
    @Column(name = "value", length = 255)
    Map<String, String> attributes = new HashMap<>();

    @ManyToMany
    @JoinTable(name = "resource_scope",
               joinColumns = @JoinColumn(name = "resource_id"),
               inverseJoinColumns = @JoinColumn(name = "scope_id"))
    Set<AuthzScope> scopes = new HashSet<>();
}
