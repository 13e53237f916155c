package zoo;

import jakarta.persistence.*;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/** Composite key with @EmbeddedId, and a cascading foreign key. */
@Entity
@Table(name = "order_line")
public class OrderLine {
    @EmbeddedId
    OrderLineId id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "customer_id")
    @OnDelete(action = OnDeleteAction.CASCADE)
    Customer customer;

    int quantity;
}
