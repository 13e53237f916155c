package realm;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.Instant;

/** A key pair of a realm's key provider. */
@Entity
@Table(name = "realm_signing_key")
public class SigningKey {
    @Id
    @Column(length = 36)
    String id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "component_id")
    Component component;

    @Column(nullable = false, unique = true, length = 64)
    String kid;

    @Column(nullable = false, length = 16)
    String algorithm;

    @Lob
    @Column(name = "private_key")
    byte[] privateKey;

    @Column(name = "public_key", length = 4000)
    String publicKey;

    @Column(name = "key_weight", precision = 5, scale = 2)
    BigDecimal weight;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "expires_at")
    Instant expiresAt;
}
