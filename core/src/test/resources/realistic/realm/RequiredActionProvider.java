package realm;

import jakarta.persistence.*;
import java.util.HashMap;
import java.util.Map;

/** An action a user must complete after login. Unique per realm by name (constraint left unnamed). */
@Entity
@Table(name = "required_action_provider", uniqueConstraints = @UniqueConstraint(columnNames = {"realm_id", "name"}))
public class RequiredActionProvider {
    @Id
    @Column(length = 36)
    String id;

    @Column(nullable = false)
    String name;

    @Column(name = "provider_id", length = 255)
    String providerId;

    @Column(nullable = false)
    boolean enabled;

    @Column(name = "default_action", nullable = false)
    boolean defaultAction;

    int priority;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "realm_id")
    Realm realm;

    @ElementCollection
    @CollectionTable(name = "required_action_config", joinColumns = @JoinColumn(name = "required_action_id"))
    @MapKeyColumn(name = "name")
    @Column(name = "value", length = 4000)
    Map<String, String> config = new HashMap<>();
}
