package keys;

import jakarta.persistence.*;

@Entity
public class AuditLedger extends Ledger {
    String auditor;
}
