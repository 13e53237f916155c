package io.autogen.source.hibernate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * An entity that is never part of a project: mapping it on the other core while the project's sources compile
 * loads and initialises the parts of Hibernate every mapping needs, so the real mapping starts warm.
 */
@Entity
@Table(name = "autogen_warm_up")
public class WarmUp {
    @Id
    Long id;
    String name;
    @ManyToOne
    WarmUp parent;
}
