package realm;

import jakarta.persistence.*;

/** An administrative change; ids come from a sequence (a table on SQLite). */
@Entity
@Table(name = "admin_event_entity", indexes = @Index(name = "idx_admin_event_time", columnList = "realm_id, admin_event_time"))
public class AdminEvent {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "admin_event_ids")
    @SequenceGenerator(name = "admin_event_ids", sequenceName = "admin_event_seq", allocationSize = 50)
    public Long id;

    @Column(name = "admin_event_time")
    public Long time;

    @Column(name = "realm_id", length = 255)
    public String realmId;

    @Enumerated(EnumType.STRING)
    @Column(name = "operation_type", length = 16, nullable = false)
    public OperationKind operationType;

    @Column(name = "resource_path", length = 2550)
    public String resourcePath;

    @Lob
    @Column(name = "representation")
    public String representation;

    @Column(length = 255)
    public String error;

    @Column(name = "auth_user_id", length = 255)
    public String authUserId;
}
