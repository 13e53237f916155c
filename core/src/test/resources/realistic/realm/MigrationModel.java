package realm;

import jakarta.persistence.*;

/** Which release of the server last migrated this database. */
@Entity
@Table(name = "migration_model", indexes = @Index(name = "idx_update_time", columnList = "update_time"))
public class MigrationModel {
    @Id
    @Column(length = 36)
    String id;

    @Column(length = 36, unique = true)
    String version;

    @Column(name = "update_time", nullable = false)
    long updateTime;
}
