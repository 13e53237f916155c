package realm;

import jakarta.persistence.*;

@Entity
@Table(name = "org_domain")
public class OrganizationDomain {
    @Id
    @Column(length = 36)
    String id;

    @Column(nullable = false, unique = true, length = 255)
    String name;

    @Column(nullable = false)
    boolean verified;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "org_id")
    Organization organization;
}
