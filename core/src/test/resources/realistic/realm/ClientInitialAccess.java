package realm;

import jakarta.persistence.*;

@Entity
@Table(name = "client_initial_access", indexes = @Index(name = "idx_client_init_acc_realm", columnList = "realm_id"))
public class ClientInitialAccess {
    @Id
    @Column(length = 36)
    String id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "realm_id")
    Realm realm;

    @Column(name = "timestamp")
    Integer timestamp;

    @Column(name = "expiration")
    Integer expiration;

    @Column(name = "count")
    Integer count;

    @Column(name = "remaining_count")
    Integer remainingCount;
}
