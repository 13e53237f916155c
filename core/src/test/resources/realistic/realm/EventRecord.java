package realm;

import jakarta.persistence.*;

/** A login event; ids come from a table generator. */
@Entity
@Table(name = "event_entity", indexes = @Index(name = "idx_event_time", columnList = "realm_id, event_time"))
public class EventRecord {
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "event_ids")
    @TableGenerator(name = "event_ids", table = "id_generator", pkColumnName = "gen_name", valueColumnName = "gen_value",
                    pkColumnValue = "event_entity", allocationSize = 20)
    public Long id;

    @Column(name = "client_id", length = 255)
    public String clientId;

    @Column(name = "details_json", length = 2550)
    public String detailsJson;

    @Column(length = 255)
    public String error;

    @Column(name = "ip_address", length = 255)
    public String ipAddress;

    @Column(name = "realm_id", length = 255)
    public String realmId;

    @Column(name = "session_id", length = 255)
    public String sessionId;

    @Column(name = "event_time")
    public Long time;

    @Enumerated(EnumType.STRING)
    @Column(length = 32, nullable = false)
    public EventKind type;

    @Column(name = "user_id", length = 255)
    public String userId;
}
