package zoo;

import jakarta.persistence.Embeddable;
import java.io.Serializable;

@Embeddable
public class OrderLineId implements Serializable {
    Long orderId;
    Integer lineNo;
}
