package realm;

import jakarta.persistence.*;

@Entity
@Table(name = "revoked_token", indexes = @Index(name = "idx_rev_token_on_expire", columnList = "expire"))
public class RevokedToken {
    @Id
    @Column(length = 255)
    String id;

    @Column(nullable = false)
    long expire;
}
