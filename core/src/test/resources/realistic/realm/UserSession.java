package realm;

import jakarta.persistence.*;
import java.util.HashMap;
import java.util.Map;

/** A persisted (offline) user session; keyed by session id and the offline flag. */
@Entity
@Table(name = "offline_user_session", indexes = @Index(name = "idx_offline_uss_by_user", columnList = "user_id, realm_id, offline_flag"))
@IdClass(UserSessionKey.class)
public class UserSession {
    @Id
    @Column(name = "user_session_id", length = 36)
    String userSessionId;

    @Id
    @Column(name = "offline_flag", length = 4)
    String offlineFlag;

    @Column(name = "user_id", length = 255, nullable = false)
    String userId;

    @Column(name = "realm_id", length = 36, nullable = false)
    String realmId;

    @Column(name = "created_on", nullable = false)
    int createdOn;

    @Column(name = "last_session_refresh", nullable = false)
    int lastSessionRefresh;

    @Column(name = "broker_session_id", length = 1024)
    String brokerSessionId;

    @Version
    @Column(nullable = false)
    int version;

    @ElementCollection
    @CollectionTable(name = "offline_user_session_note",
                     joinColumns = {@JoinColumn(name = "user_session_id"), @JoinColumn(name = "offline_flag")})
    @MapKeyColumn(name = "name")
    @Column(name = "value", length = 4000)
    Map<String, String> notes = new HashMap<>();
}
