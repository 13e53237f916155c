package beanval;

import jakarta.persistence.*;
import jakarta.validation.constraints.*;
import java.math.BigDecimal;
import java.time.LocalDate;

@Entity @Table(name = "pets")
public class Pet extends NamedEntity {
    @NotNull LocalDate birthDate;
    @Min(0) @Max(40) Integer age;
    @Digits(integer = 5, fraction = 2) BigDecimal weight;
    @NotNull @ManyToOne Owner owner;
    @DecimalMin("0.5") @DecimalMax("99.5") Double temperature;
    @Size(max = 200) @Lob String history;
}
