package io.autogen.source.entity;

import io.autogen.model.Schema;
import java.util.Map;

/**
 * What maps entity classes into the model. The implementation runs in the class loader of the Hibernate that maps
 * (the bundled one, or the application's own version); this interface and the model records are what the two
 * sides share.
 */
public interface Mapper {
    /** What to map, and how. */
    record Request(EntityModel.Target target, String naming, Map<String, String> settings, EntityClasses entities) {}

    Schema map(Request request);

    /** Maps a built-in entity and throws the result away: Hibernate's start-up, done ahead of the real mapping. */
    void warmUp(EntityModel.Target target);

    /** The version of the Hibernate this mapper runs on, as Hibernate reports it. */
    String hibernateVersion();
}
