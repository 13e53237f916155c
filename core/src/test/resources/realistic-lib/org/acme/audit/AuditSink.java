package org.acme.audit;

/** A library interface (compiled into a jar at test time): entity listeners of the realistic set implement it. */
public interface AuditSink {
    /** What the listener stamps on an entity it saw, e.g. "persisted". */
    String stamp(String action);
}
