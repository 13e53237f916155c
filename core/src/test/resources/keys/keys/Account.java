package keys;

import jakarta.persistence.*;

/** A secondary table, and a JOINED hierarchy below it. */
@Entity @Inheritance(strategy = InheritanceType.JOINED)
@SecondaryTable(name = "account_profile", pkJoinColumns = @PrimaryKeyJoinColumn(name = "account_id"))
public class Account {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    String owner;
    @Column(table = "account_profile") String bio;
    @Column(table = "account_profile") String avatar;
}
