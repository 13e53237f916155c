package zoo;

import jakarta.persistence.*;

@Entity
@Table(name = "truck")
public class Truck extends Vehicle {
    Integer axles;
}
