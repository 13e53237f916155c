package zoo;

import jakarta.persistence.*;

@Entity
@Table(name = "wire_payment")
public class WirePayment extends Payment {
    @Column(length = 34)
    String iban;
}
