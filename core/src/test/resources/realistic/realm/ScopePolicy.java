package realm;

import jakarta.persistence.*;

/** The only concrete policy kind. */
@Entity
@DiscriminatorValue("scope")
public class ScopePolicy extends AuthzPolicy {
    @Column(name = "logic_negative")
    Boolean negative;
}
