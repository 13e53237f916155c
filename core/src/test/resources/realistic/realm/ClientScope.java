package realm;

import jakarta.persistence.*;
import java.util.HashMap;
import java.util.Map;

/** A reusable set of protocol mappers and role scopes. Unique per realm by name (constraint left unnamed). */
@Entity
@Table(name = "client_scope", uniqueConstraints = @UniqueConstraint(columnNames = {"realm_id", "name"}))
public class ClientScope {
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

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    Protocol protocol;

    @ElementCollection
    @CollectionTable(name = "client_scope_attributes", joinColumns = @JoinColumn(name = "scope_id"))
    @MapKeyColumn(name = "name")
    @Column(name = "value", length = 2048)
    Map<String, String> attributes = new HashMap<>();
}
