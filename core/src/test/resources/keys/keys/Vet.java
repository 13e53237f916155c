package keys;

import jakarta.persistence.*;
import java.util.List;
import java.util.Set;

/** A many-to-many with a join table whose owner column sorts after the target's, and a @OneToMany join table. */
@Entity @Table(name = "vets")
public class Vet {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Integer id;
    String lastName;
    String firstName;

    @ManyToMany @JoinTable(name = "vet_specialties", joinColumns = @JoinColumn(name = "vet_id"),
            inverseJoinColumns = @JoinColumn(name = "specialty_id"))
    Set<Specialty> specialties;

    @OneToMany @JoinTable(name = "vet_visits") List<Visit> visits;
}
