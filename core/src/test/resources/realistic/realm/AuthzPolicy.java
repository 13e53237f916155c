package realm;

import jakarta.persistence.*;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The root of a single-table hierarchy with one concrete subclass: Hibernate checks kind in ('scope'). */
@Entity
@Table(name = "resource_server_policy",
       uniqueConstraints = @UniqueConstraint(name = "uk_policy_name_server", columnNames = {"name", "resource_server_id"}))
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "kind", length = 20)
public abstract class AuthzPolicy {
    @Id
    @Column(length = 36)
    String id;

    @Column(nullable = false)
    String name;

    @Column(length = 255)
    String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision_strategy", length = 16)
    DecisionStrategy decisionStrategy;

    @Column(length = 255)
    String owner;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "resource_server_id")
    ResourceServer resourceServer;

    @ElementCollection
    @CollectionTable(name = "policy_config", joinColumns = @JoinColumn(name = "policy_id"))
    @MapKeyColumn(name = "name")
    @Lob
    @Column(name = "value")
    Map<String, String> config = new HashMap<>();

    @ManyToMany
    @JoinTable(name = "associated_policy",
               joinColumns = @JoinColumn(name = "policy_id"),
               inverseJoinColumns = @JoinColumn(name = "associated_policy_id"))
    Set<AuthzPolicy> associatedPolicies = new HashSet<>();

    @ManyToMany
    @JoinTable(name = "resource_policy",
               joinColumns = @JoinColumn(name = "policy_id"),
               inverseJoinColumns = @JoinColumn(name = "resource_id"))
    Set<AuthzResource> resources = new HashSet<>();

    @ManyToMany
    @JoinTable(name = "scope_policy",
               joinColumns = @JoinColumn(name = "policy_id"),
               inverseJoinColumns = @JoinColumn(name = "scope_id"))
    Set<AuthzScope> scopes = new HashSet<>();
}
