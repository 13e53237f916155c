package realm;

import jakarta.persistence.*;
import java.util.ArrayList;
import java.util.List;

/** A login flow. Unique per realm by name (constraint left unnamed). */
@Entity
@Table(name = "authentication_flow", uniqueConstraints = @UniqueConstraint(columnNames = {"realm_id", "name"}))
public class AuthenticationFlow {
    @Id
    @Column(length = 36)
    String id;

    @Column(nullable = false)
    String name;

    @Column(length = 255)
    String description;

    @Column(name = "provider_id", length = 36, nullable = false)
    String providerId = "basic-flow";

    @Column(name = "top_level", nullable = false)
    boolean topLevel;

    @Column(name = "built_in", nullable = false)
    boolean builtIn;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "realm_id")
    Realm realm;

    @OneToMany(mappedBy = "flow")
    List<AuthenticationExecution> executions = new ArrayList<>();
}
