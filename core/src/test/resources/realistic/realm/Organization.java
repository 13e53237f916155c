package realm;

import jakarta.persistence.*;
import java.util.HashSet;
import java.util.Set;

/** An organization in a realm. Unique per realm by name (constraint left unnamed). */
@Entity
@Table(name = "org", uniqueConstraints = @UniqueConstraint(columnNames = {"realm_id", "name"}))
public class Organization {
    @Id
    @Column(length = 36)
    String id;

    @Column(name = "realm_id", nullable = false, length = 36)
    String realmId;

    @Column(nullable = false)
    String name;

    @Column(nullable = false, unique = true)
    String alias;

    @Column(name = "group_id", nullable = false, length = 255)
    String groupId;

    @Column(length = 4000)
    String description;

    @Column(nullable = false)
    boolean enabled;

    @OneToMany(mappedBy = "organization")
    Set<OrganizationDomain> domains = new HashSet<>();
}
