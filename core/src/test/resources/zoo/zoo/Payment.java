package zoo;

import jakarta.persistence.*;
import java.math.BigDecimal;

/** TABLE_PER_CLASS with a sequence, and a mapped superclass. */
@Entity
@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
public abstract class Payment extends Audited {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_seq")
    @SequenceGenerator(name = "payment_seq", sequenceName = "payment_seq", allocationSize = 10)
    Long id;
    @Column(precision = 10, scale = 2)
    BigDecimal amount;
}
