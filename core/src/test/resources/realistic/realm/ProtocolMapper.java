package realm;

import jakarta.persistence.*;
import java.util.HashMap;
import java.util.Map;

/** Puts a claim into tokens; belongs to a client or to a client scope. */
@Entity
@Table(name = "protocol_mapper")
public class ProtocolMapper {
    @Id
    @Column(length = 36)
    String id;

    @Column(nullable = false)
    String name;

    @Enumerated(EnumType.STRING)
    @Column(length = 20, nullable = false)
    Protocol protocol;

    @Column(name = "protocol_mapper_name", nullable = false)
    String protocolMapper;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "client_id")
    Client client;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "client_scope_id")
    ClientScope clientScope;

    @ElementCollection
    @CollectionTable(name = "protocol_mapper_config", joinColumns = @JoinColumn(name = "protocol_mapper_id"))
    @MapKeyColumn(name = "name")
    @Column(name = "value", length = 4000)
    Map<String, String> config = new HashMap<>();
}
