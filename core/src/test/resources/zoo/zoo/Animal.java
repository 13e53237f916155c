package zoo;

import jakarta.persistence.*;

/** SINGLE_TABLE: one table, a discriminator with a check. */
@Entity
@Table(name = "animal")
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "kind", length = 10)
public abstract class Animal {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(length = 40)
    String name;
}
