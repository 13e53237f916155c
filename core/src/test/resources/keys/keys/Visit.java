package keys;

import jakarta.persistence.*;
import java.time.LocalDate;

@Entity
public class Visit {
    @Id Long id;
    LocalDate visitDate;
    String description;
}
