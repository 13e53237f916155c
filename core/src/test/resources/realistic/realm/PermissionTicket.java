package realm;

import jakarta.persistence.*;

@Entity
@Table(name = "resource_server_perm_ticket",
       uniqueConstraints = @UniqueConstraint(name = "uk_perm_ticket", columnNames = {"owner", "requester", "resource_server_id", "resource_id", "scope_id"}))
public class PermissionTicket {
    @Id
    @Column(length = 36)
    String id;

    @Column(nullable = false, length = 255)
    String owner;

    @Column(nullable = false, length = 255)
    String requester;

    @Column(name = "created_timestamp", nullable = false)
    Long createdTimestamp;

    @Column(name = "granted_timestamp")
    Long grantedTimestamp;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "resource_id")
    AuthzResource resource;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "scope_id")
    AuthzScope scope;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "resource_server_id")
    ResourceServer resourceServer;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "policy_id")
    AuthzPolicy policy;
}
