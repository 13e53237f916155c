package beanval;

import jakarta.persistence.*;
import jakarta.validation.constraints.*;

/** A single-table hierarchy: a subclass's @NotNull cannot make its column NOT NULL (other rows have none). */
@Entity @Table(name = "vets") @Inheritance(strategy = InheritanceType.SINGLE_TABLE)
public class Vet {
    @Id Long id;
    @NotBlank @Size(max = 50) String lastName;
    @Positive Integer rank;
}
