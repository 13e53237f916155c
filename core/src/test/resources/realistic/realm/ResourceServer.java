package realm;

import jakarta.persistence.*;

/** The authorization settings of a client (same id as the client). */
@Entity
@Table(name = "resource_server")
public class ResourceServer {
    @Id
    @Column(length = 36)
    String id;

    @Column(name = "allow_rs_remote_mgmt", nullable = false)
    boolean allowRemoteResourceManagement;

    @Enumerated(EnumType.STRING)
    @Column(name = "policy_enforce_mode", length = 16, nullable = false)
    EnforcementMode policyEnforcementMode = EnforcementMode.ENFORCING;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision_strategy", length = 16, nullable = false)
    DecisionStrategy decisionStrategy = DecisionStrategy.UNANIMOUS;
}
