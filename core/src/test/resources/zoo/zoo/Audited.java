package zoo;

import jakarta.persistence.*;
import java.time.LocalDateTime;

@MappedSuperclass
public abstract class Audited {
    @Column(name = "created_at")
    LocalDateTime createdAt;
}
