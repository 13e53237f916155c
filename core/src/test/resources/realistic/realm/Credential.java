package realm;

import jakarta.persistence.*;

@Entity
@Table(name = "credential", indexes = @Index(name = "idx_user_credential", columnList = "user_id"))
public class Credential {
    @Id
    @Column(length = 36)
    String id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id")
    UserEntity user;

    @Enumerated(EnumType.STRING)
    @Column(length = 32, nullable = false)
    CredentialKind type;

    @Column(name = "user_label", length = 255)
    String userLabel;

    @Column(name = "created_date")
    Long createdDate;

    @Column(name = "secret_data", length = 4000)
    String secretData;

    @Column(name = "credential_data", length = 4000)
    String credentialData;

    int priority;
}
