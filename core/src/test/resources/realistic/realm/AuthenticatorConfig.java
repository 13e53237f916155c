package realm;

import jakarta.persistence.*;
import java.util.HashMap;
import java.util.Map;

/** Settings of one authenticator step. Indexed by (realm_id, name), index left unnamed. */
@Entity
@Table(name = "authenticator_config", indexes = @Index(columnList = "realm_id, name"))
public class AuthenticatorConfig {
    @Id
    @Column(length = 36)
    String id;

    @Column(nullable = false)
    String name;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "realm_id")
    Realm realm;

    @ElementCollection
    @CollectionTable(name = "authenticator_config_entry", joinColumns = @JoinColumn(name = "authenticator_id"))
    @MapKeyColumn(name = "name")
    @Column(name = "value", length = 4000)
    Map<String, String> config = new HashMap<>();
}
