package beanval;

import jakarta.persistence.*;
import jakarta.validation.Valid;
import jakarta.validation.constraints.*;
import java.util.List;

@Entity @Table(name = "owners")
public class Owner extends NamedEntity {
    @NotBlank String address;
    @NotEmpty String city;
    @NotBlank @Pattern(regexp = "\\d{10}") String telephone;
    @Size(max = 40) String email;
    @Size(min = 2, max = 20) @Column(length = 20) String nickname;
    @NotNull(groups = Owner.Strict.class) String notes; // another group than Default: not the DDL's
    @Embedded @Valid Address home;
    @OneToMany(mappedBy = "owner") List<Pet> pets;

    public interface Strict {}
}
