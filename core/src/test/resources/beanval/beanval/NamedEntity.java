package beanval;

import jakarta.persistence.*;
import jakarta.validation.constraints.NotBlank;

/** As spring-petclinic's model: the constraint sits on a mapped superclass's field. */
@MappedSuperclass
public class NamedEntity {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Integer id;
    @Column(name = "name") @NotBlank String name;
}
