package beanval;

import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.*;

@Embeddable
public class Address {
    @NotBlank String street;
    @Size(max = 10) String zip;
}
