package realm;

import jakarta.persistence.*;

@Entity
@Table(name = "component_config", indexes = @Index(name = "idx_compo_config_compo", columnList = "component_id"))
public class ComponentConfig {
    @Id
    @Column(length = 36)
    String id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "component_id")
    Component component;

    @Column(nullable = false)
    String name;

    @Column(length = 4000)
    String value;
}
