package realm;

import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import org.acme.audit.AuditSink;

/** Entity listener whose interface lives in a library jar (classpath= in autogen.properties). */
public class AuditListener implements AuditSink {
    @Override public String stamp(String action) {
        return "audit:" + action;
    }

    @PrePersist
    void onPersist(Object entity) {
        if (entity instanceof Realm r) {
            r.auditStamp = stamp("persisted");
        }
    }

    @PreUpdate
    void onUpdate(Object entity) {
        if (entity instanceof Realm r) {
            r.auditStamp = stamp("updated");
        }
    }
}
