package realm;

import jakarta.persistence.*;

/** A client's part of a persisted user session: a three-column key. */
@Entity
@Table(name = "offline_client_session")
@IdClass(ClientSessionKey.class)
public class ClientSession {
    @Id
    @Column(name = "user_session_id", length = 36)
    String userSessionId;

    @Id
    @Column(name = "client_id", length = 255)
    String clientId;

    @Id
    @Column(name = "offline_flag", length = 4)
    String offlineFlag;

    @Column(length = 4000)
    String data;

    @Column(nullable = false)
    int timestamp;
}
