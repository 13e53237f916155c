package zoo;

import jakarta.persistence.*;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.Check;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.Comment;

/** Identity id, defaults, comments, checks, enums, an element collection, many-to-many, one-to-one. */
@Entity
@Table(name = "customer",
       indexes = {@Index(name = "ix_customer_name_born", columnList = "last_name, born_on"),
                  @Index(name = "ux_customer_code", columnList = "code", unique = true)},
       uniqueConstraints = @UniqueConstraint(name = "uq_customer_email", columnNames = "email"))
@Comment("people who buy")
@Check(name = "ck_customer_credit", constraints = "credit >= 0")
public class Customer {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "last_name", nullable = false, length = 60)
    @Comment("family name")
    String lastName;

    @Column(nullable = false, length = 120)
    String email;

    @Column(length = 16)
    String code;

    @Column(name = "born_on")
    LocalDate bornOn;

    @ColumnDefault("0")
    @Column(nullable = false)
    int credit;

    @ColumnDefault("'new'")
    @Column(length = 20)
    String stage;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    Status status;

    @Enumerated(EnumType.ORDINAL)
    Priority priority;

    @Embedded
    Money balance;

    @Lob
    String notes;

    boolean active;

    double score;

    @ElementCollection
    @CollectionTable(name = "customer_tag", joinColumns = @JoinColumn(name = "customer_id"))
    @Column(name = "tag", length = 40)
    Set<String> tags = new HashSet<>();

    @ManyToMany
    @JoinTable(name = "customer_group",
               joinColumns = @JoinColumn(name = "customer_id"),
               inverseJoinColumns = @JoinColumn(name = "group_id"))
    Set<Team> teams = new HashSet<>();

    @OneToOne
    @JoinColumn(name = "profile_id", unique = true)
    Profile profile;
}
