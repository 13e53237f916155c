package realm;

import jakarta.persistence.*;
import java.util.HashSet;
import java.util.Set;

/** A realm role; composites point at other roles. Unique per realm by name (constraint left unnamed). */
@Entity
@Table(name = "keycloak_role", uniqueConstraints = @UniqueConstraint(columnNames = {"realm_id", "name"}))
public class Role {
    @Id
    @Column(length = 36)
    String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "realm_id")
    Realm realm;

    @Column(nullable = false)
    String name;

    @Column(length = 255)
    String description;

    @Column(name = "client_role", nullable = false)
    boolean clientRole;

    @ManyToOne
    @JoinColumn(name = "client")
    Client client;

    @ManyToMany
    @JoinTable(name = "composite_role",
               joinColumns = @JoinColumn(name = "composite"),
               inverseJoinColumns = @JoinColumn(name = "child_role"))
    Set<Role> composites = new HashSet<>();
}
