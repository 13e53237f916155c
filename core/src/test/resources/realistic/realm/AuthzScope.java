package realm;

import jakarta.persistence.*;

@Entity
@Table(name = "resource_server_scope",
       uniqueConstraints = @UniqueConstraint(name = "uk_resource_server_scope", columnNames = {"name", "resource_server_id"}))
public class AuthzScope {
    @Id
    @Column(length = 36)
    String id;

    @Column(nullable = false)
    String name;

    @Column(name = "display_name", length = 255)
    String displayName;

    @Column(name = "icon_uri", length = 255)
    String iconUri;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "resource_server_id")
    ResourceServer resourceServer;
}
