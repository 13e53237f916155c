package keys;

import jakarta.persistence.*;

/** A foreign key to the @IdClass entity: its columns follow the referenced key's order. */
@Entity @Table(name = "grants")
public class Grant {
    @Id @GeneratedValue Long id;
    @ManyToOne @JoinColumns({
            @JoinColumn(name = "member_user", referencedColumnName = "userId"),
            @JoinColumn(name = "member_group", referencedColumnName = "groupId"),
            @JoinColumn(name = "member_tier", referencedColumnName = "tier")})
    Membership membership;
    String scope;
}
