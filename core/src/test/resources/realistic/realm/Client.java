package realm;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** An application that asks the realm to authenticate users. */
@Entity
@Table(name = "client", uniqueConstraints = @UniqueConstraint(name = "uk_client_realm_client_id", columnNames = {"realm_id", "client_id"}))
public class Client {
    @Id
    @Column(length = 36)
    String id;

    @Version
    Long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "realm_id", nullable = false)
    Realm realm;

    @Column(name = "client_id", nullable = false)
    String clientId;

    @Column(length = 255)
    String name;

    @Column(length = 2048)
    String description;

    @Column(nullable = false)
    boolean enabled;

    @Column(name = "public_client", nullable = false)
    boolean publicClient;

    @Column(length = 255)
    String secret;

    @Enumerated(EnumType.STRING)
    @Column(length = 20, nullable = false)
    Protocol protocol;

    @Column(name = "base_url", length = 255)
    String baseUrl;

    @Column(name = "rate_limit", precision = 10, scale = 4)
    BigDecimal rateLimit;

    @Column(name = "node_rereg_timeout")
    Integer nodeReregistrationTimeout;

    @ElementCollection
    @CollectionTable(name = "redirect_uris", joinColumns = @JoinColumn(name = "client_id"))
    @Column(name = "value")
    Set<String> redirectUris = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "web_origins", joinColumns = @JoinColumn(name = "client_id"))
    @Column(name = "value")
    Set<String> webOrigins = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "client_attributes", joinColumns = @JoinColumn(name = "client_id"))
    @MapKeyColumn(name = "name")
    @Column(name = "value", length = 4000)
    Map<String, String> attributes = new HashMap<>();

    @ElementCollection
    @CollectionTable(name = "client_auth_flow_bindings", joinColumns = @JoinColumn(name = "client_id"))
    @MapKeyColumn(name = "binding_name")
    @Column(name = "flow_id", length = 36)
    Map<String, String> authFlowBindings = new HashMap<>();

    @ManyToMany
    @JoinTable(name = "client_scope_client",
               joinColumns = @JoinColumn(name = "client_id"),
               inverseJoinColumns = @JoinColumn(name = "scope_id"))
    Set<ClientScope> scopes = new HashSet<>();
}
