package zoo;

import jakarta.persistence.*;
import java.time.Instant;

/** Composite key with @IdClass. */
@Entity
@Table(name = "shipment")
@IdClass(ShipmentKey.class)
public class Shipment {
    @Id @Column(length = 20) String carrier;
    @Id @Column(length = 40) String tracking;
    Instant shippedAt;
}
