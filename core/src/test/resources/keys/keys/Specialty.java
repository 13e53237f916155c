package keys;

import jakarta.persistence.*;

@Entity @Table(name = "specialties")
public class Specialty {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Integer id;
    String name;
}
