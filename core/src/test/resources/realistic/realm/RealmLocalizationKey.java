package realm;

import java.io.Serializable;
import java.util.Objects;

public class RealmLocalizationKey implements Serializable {
    public String realmId;
    public String locale;

    @Override public boolean equals(Object o) {
        return o instanceof RealmLocalizationKey k && Objects.equals(realmId, k.realmId) && Objects.equals(locale, k.locale);
    }

    @Override public int hashCode() {
        return Objects.hash(realmId, locale);
    }
}
