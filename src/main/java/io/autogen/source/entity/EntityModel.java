package io.autogen.source.entity;

import io.autogen.compile.ClassCache;
import io.autogen.model.Schema;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The schema the entities describe: mapped by the Hibernate that the application runs ({@link HibernateRuntime}),
 * for a given dialect and without a connection, and cached by a fingerprint of everything the mapping depends on.
 */
public final class EntityModel {
    /** The dialect facts the mapping needs. */
    public record Target(String hibernateDialect, UnaryOperator<String> foldCase, UnaryOperator<String> identityType,
                         String databaseVersion) {}

    private final Target target;
    private final String naming;
    private final Map<String, String> settings;
    private final HibernateRuntime runtime;

    /** @param naming {@code jpa} (Hibernate's default) or {@code snake} (Spring Boot's CamelCaseToUnderscores) */
    public EntityModel(Target target, String naming) {
        this(target, naming, Map.of(), HibernateRuntime.bundled());
    }

    /**
     * @param naming   {@code jpa}, {@code snake}, or naming strategy class names, comma-separated (each a physical
     *                 or an implicit strategy, loaded with the entities)
     * @param settings {@code hibernate.*} settings of the application: they can change the DDL
     */
    public EntityModel(Target target, String naming, Map<String, String> settings, HibernateRuntime runtime) {
        this.target = target;
        this.naming = naming;
        this.settings = new java.util.TreeMap<>(settings);
        this.runtime = runtime;
    }

    /**
     * The schema of the entities under {@code paths}, from the cache when nothing they depend on changed since it
     * was mapped (a pre-commit check of a commit that touched no entity skips Hibernate entirely).
     */
    public Schema load(EntityDiscovery discovery, List<Path> paths, ClassCache cache) {
        String key = ClassCache.hash(discovery.fingerprint(paths), target.hibernateDialect(), target.databaseVersion(),
                naming, settings.toString(), runtime.version(), String.valueOf(SCHEMA_FORMAT));
        Map<String, byte[]> hit = cache.get("schema", key);
        if (hit != null && hit.containsKey("schema")) {
            try (var in = new ObjectInputStream(new ByteArrayInputStream(hit.get("schema")))) {
                return (Schema) in.readObject();
            } catch (IOException | ClassNotFoundException | ClassCastException e) {
                // an entry from another build of autogen: map again, and the put below replaces it
            }
        }
        // Hibernate starts up on the other core while the sources compile
        Thread warm = new Thread(() -> {
            try {
                runtime.mapper().warmUp(target);
            } catch (RuntimeException | LinkageError e) {
                // only ever a head start: the real mapping reports whatever is wrong
            }
        }, "autogen-warm-up");
        warm.setDaemon(true);
        warm.start();
        Schema schema = load(discovery.discover(paths));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (var out = new ObjectOutputStream(bytes)) {
            out.writeObject(schema);
        } catch (IOException e) {
            throw new IllegalStateException("the schema model is serializable", e);
        }
        cache.putLatest("schema", key, Map.of("schema", bytes.toByteArray()), 4);
        return schema;
    }

    /** Bumped when the model records change shape, so that old cache entries are not read. */
    private static final int SCHEMA_FORMAT = 2;

    public Schema load(EntityClasses entities) {
        return runtime.mapper().map(new Mapper.Request(target, naming, settings, entities));
    }
}
