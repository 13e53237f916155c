package beanval;

import jakarta.persistence.*;
import jakarta.validation.constraints.*;

@Entity
public class Surgeon extends Vet {
    @NotNull String licence;
    @NotNull Boolean certified;
}
