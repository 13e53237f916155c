package realm;

import jakarta.persistence.*;
import java.util.HashMap;
import java.util.Map;

/** A group of users; groups nest through parent_group. */
@Entity
@Table(name = "keycloak_group",
       uniqueConstraints = @UniqueConstraint(name = "sibling_names", columnNames = {"realm_id", "parent_group", "name"}))
public class UserGroup {
    @Id
    @Column(length = 36)
    String id;

    @Column(length = 255)
    String name;

    @Column(name = "parent_group", length = 36, nullable = false)
    String parentId;

    @Column(name = "realm_id", length = 36)
    String realmId;

    int type;

    @ElementCollection
    @CollectionTable(name = "group_attribute", joinColumns = @JoinColumn(name = "group_id"))
    @MapKeyColumn(name = "name")
    @Column(name = "value")
    Map<String, String> attributes = new HashMap<>();
}
