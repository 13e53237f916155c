package zoo;

import jakarta.persistence.*;

@Entity
@DiscriminatorValue("CAT")
public class Cat extends Animal {
    Integer lives;
}
