package zoo;

import jakarta.persistence.*;

/** JOINED: a table per class, children keyed by the parent's id. */
@Entity
@Table(name = "vehicle")
@Inheritance(strategy = InheritanceType.JOINED)
public class Vehicle {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(length = 30)
    String maker;
}
