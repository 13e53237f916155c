package realm;

import jakarta.persistence.*;

@Entity
@Table(name = "authentication_execution", indexes = @Index(name = "idx_auth_exec_flow", columnList = "flow_id"))
public class AuthenticationExecution {
    @Id
    @Column(length = 36)
    String id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "flow_id")
    AuthenticationFlow flow;

    @Column(length = 36)
    String authenticator;

    @Column(name = "auth_config", length = 36)
    String authenticatorConfig;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    Requirement requirement;

    @Column(nullable = false)
    int priority;

    @Column(name = "authenticator_flow", nullable = false)
    boolean authenticatorFlow;

    @Column(name = "auth_flow_id", length = 36)
    String subFlowId;
}
