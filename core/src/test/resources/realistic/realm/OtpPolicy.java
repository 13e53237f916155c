package realm;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One-time-password settings of a realm, embedded in its row. */
@Embeddable
public class OtpPolicy {
    @Column(name = "otp_policy_type", length = 20)
    String type = "totp";
    @Column(name = "otp_policy_alg", length = 20)
    String algorithm = "HmacSHA1";
    @Column(name = "otp_policy_digits")
    Integer digits = 6;
    @Column(name = "otp_policy_period")
    Integer period = 30;
    @Column(name = "otp_policy_window")
    Integer lookAheadWindow = 1;
}
