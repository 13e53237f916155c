package zoo;

import java.io.Serializable;

public class ShipmentKey implements Serializable {
    String carrier;
    String tracking;
}
