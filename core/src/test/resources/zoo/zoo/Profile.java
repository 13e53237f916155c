package zoo;

import jakarta.persistence.*;
import java.util.UUID;

@Entity
@Table(name = "profile")
public class Profile {
    @Id
    UUID id;
    @Column(length = 200)
    String website;
    byte[] avatar;
}
