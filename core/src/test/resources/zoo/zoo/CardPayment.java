package zoo;

import jakarta.persistence.*;

@Entity
@Table(name = "card_payment")
public class CardPayment extends Payment {
    @Column(length = 4)
    String last4;
}
