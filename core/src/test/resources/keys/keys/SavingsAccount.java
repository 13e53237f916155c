package keys;

import jakarta.persistence.*;
import java.math.BigDecimal;

@Entity
public class SavingsAccount extends Account {
    BigDecimal rate;
    int term;
}
