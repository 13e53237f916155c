package io.autogen.source.mapping;

import io.autogen.model.Schema;
import java.util.Map;
import java.util.Set;

/**
 * What maps entity classes into the model. The implementation runs in the class loader of the Hibernate that maps
 * (the bundled one, or the application's own version); this interface and the model records are what the two
 * sides share.
 */
public interface Mapper {
    /** What to map, and how. */
    record Request(MappingTarget target, String naming, Map<String, String> settings, EntityClasses entities) {}

    /**
     * What a mapping gave: the schema as Hibernate makes it (names not yet made distinct across tables, see
     * {@link ConstraintNames#unique}), which entity's mapping makes which table, and a line about how it was
     * mapped for {@code -v} (whether Bean Validation constraints were applied to the DDL), or "".
     */
    record Mapping(Schema schema, Map<String, Owned> entities, String note) implements java.io.Serializable {
        public Mapping {
            note = note == null ? "" : note;
        }

        public Mapping(Schema schema, Map<String, Owned> entities) {
            this(schema, entities, "");
        }
    }

    /**
     * The tables an entity's mapping makes: its own, secondary and collection tables, and the table of another
     * entity it adds a column to (a one-to-many join column); and the entity name and table its id is in.
     */
    record Owned(String entityName, String identityTable, Set<String> tables) implements java.io.Serializable {}

    Mapping map(Request request);

    /** Maps a built-in entity and throws the result away: Hibernate's start-up, done ahead of the real mapping. */
    void warmUp(MappingTarget target);

    /** The version of the Hibernate this mapper runs on, as Hibernate reports it. */
    String hibernateVersion();
}
