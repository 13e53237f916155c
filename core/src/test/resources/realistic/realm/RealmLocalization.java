package realm;

import jakarta.persistence.*;

/** Translated texts of a realm, one row per locale. */
@Entity
@Table(name = "realm_localizations")
@IdClass(RealmLocalizationKey.class)
public class RealmLocalization {
    @Id
    @Column(name = "realm_id", length = 255)
    String realmId;

    @Id
    @Column(length = 255)
    String locale;

    @Lob
    @Column(nullable = false)
    String texts;
}
