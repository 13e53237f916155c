package realm;

import jakarta.persistence.*;

/** Brute-force detection counters; keyed by realm and user, no foreign keys. */
@Entity
@Table(name = "user_login_failure")
@IdClass(LoginFailureKey.class)
public class LoginFailure {
    @Id
    @Column(name = "realm_id", length = 36)
    public String realmId;

    @Id
    @Column(name = "user_id", length = 36)
    public String userId;

    @Column(name = "failed_login_not_before")
    public Integer failedLoginNotBefore;

    @Column(name = "num_failures")
    public Integer numFailures;

    @Column(name = "last_failure")
    public Long lastFailure;

    @Column(name = "last_ip_failure", length = 255)
    public String lastIpFailure;
}
