package realm;

import jakarta.persistence.*;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The tenant: everything else hangs off a realm. */
@Entity
@Table(name = "realm")
@EntityListeners(AuditListener.class)
public class Realm {
    @Id
    @Column(length = 36)
    public String id;

    @Column(nullable = false, unique = true)
    public String name;

    @Version
    @Column(nullable = false)
    int version;

    @Column(nullable = false)
    boolean enabled;

    @Enumerated(EnumType.STRING)
    @Column(name = "ssl_required", length = 16)
    public SslRequired sslRequired;

    @Column(name = "registration_allowed", nullable = false)
    boolean registrationAllowed;

    @Column(name = "access_token_lifespan")
    @Convert(converter = DurationSecondsConverter.class)
    public Duration accessTokenLifespan;

    @Column(name = "enabled_event_types", length = 2048)
    @Convert(converter = StringListConverter.class)
    public List<String> enabledEventTypes = new ArrayList<>();

    @Column(name = "audit_stamp", length = 40)
    public String auditStamp;

    @Column(name = "login_theme", length = 255)
    String loginTheme;

    @Column(name = "not_before", nullable = false)
    int notBefore;

    @Embedded
    OtpPolicy otpPolicy = new OtpPolicy();

    @ElementCollection
    @CollectionTable(name = "realm_attribute", joinColumns = @JoinColumn(name = "realm_id"))
    @MapKeyColumn(name = "name")
    @Column(name = "value", length = 4000)
    public Map<String, String> attributes = new HashMap<>();

    // two sets of strings with the same columns (realm_id, value): Hibernate 7.4 names the unique key of a set's
    // collection table after its column names only, so both tables get the same UK name
    @ElementCollection
    @CollectionTable(name = "realm_supported_locales", joinColumns = @JoinColumn(name = "realm_id"))
    @Column(name = "value")
    public Set<String> supportedLocales = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "realm_events_listeners", joinColumns = @JoinColumn(name = "realm_id"))
    @Column(name = "value")
    Set<String> eventsListeners = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "realm_smtp_config", joinColumns = @JoinColumn(name = "realm_id"))
    @MapKeyColumn(name = "name")
    @Column(name = "value")
    Map<String, String> smtpConfig = new HashMap<>();

    @ElementCollection
    @CollectionTable(name = "realm_required_credential", joinColumns = @JoinColumn(name = "realm_id"))
    @Column(name = "type", length = 32)
    Set<String> requiredCredentials = new HashSet<>();

    @OneToMany
    @JoinTable(name = "realm_default_groups",
               joinColumns = @JoinColumn(name = "realm_id"),
               inverseJoinColumns = @JoinColumn(name = "group_id"))
    Set<UserGroup> defaultGroups = new HashSet<>();
}
