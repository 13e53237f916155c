package io.autogen.source.entity;

import io.autogen.source.mapping.Mapper;

import io.autogen.source.isolation.HibernateRuntime;
import io.autogen.source.mapping.ConstraintNames;
import io.autogen.source.mapping.EntityClasses;
import io.autogen.source.mapping.MappingTarget;

import io.autogen.cache.ProjectCache;
import io.autogen.model.Schema;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The schema the entities describe: mapped by the Hibernate that the application runs ({@link HibernateRuntime}),
 * for a given dialect and without a connection, and cached by a fingerprint of everything the mapping depends on.
 */
public final class EntityModel {
    private final MappingTarget target;
    private final String naming;
    private final Map<String, String> settings;
    private final HibernateRuntime runtime;

    /** @param naming {@code jpa} (Hibernate's default) or {@code snake} (Spring Boot's CamelCaseToUnderscores) */
    public EntityModel(MappingTarget target, String naming) {
        this(target, naming, Map.of(), HibernateRuntime.bundled());
    }

    /**
     * @param naming   {@code jpa}, {@code snake}, or naming strategy class names, comma-separated (each a physical
     *                 or an implicit strategy, loaded with the entities)
     * @param settings {@code hibernate.*} settings of the application: they can change the DDL
     */
    public EntityModel(MappingTarget target, String naming, Map<String, String> settings, HibernateRuntime runtime) {
        this.target = target;
        this.naming = naming;
        this.settings = new java.util.TreeMap<>(settings);
        this.runtime = runtime;
    }

    /**
     * The schema of the entities under {@code paths}, from the cache when nothing they depend on changed since it
     * was mapped (a pre-commit check of a commit that touched no entity skips Hibernate entirely).
     */
    public Schema load(EntityDiscovery discovery, List<Path> paths, ProjectCache cache) {
        String key = ProjectCache.hash(discovery.fingerprint(paths), target.hibernateDialect(), target.databaseVersion(),
                naming, settings.toString(), runtime.version(), String.valueOf(SCHEMA_FORMAT));
        Map<String, byte[]> cached = cache.get("schema", key);
        Schema hit = read(cached, "schema", Schema.class);
        if (hit != null) {
            lastMapped = 0;
            lastNote = cached.containsKey("note") ? new String(cached.get("note"), java.nio.charset.StandardCharsets.UTF_8) : "";
            return hit;
        }
        // Hibernate starts up on the other core while the sources compile; once per loader and dialect (a daemon
        // runs many commands on the same warm Hibernate, where one more start-up would only take the other core)
        if (firstStartUp()) {
            Thread warm = new Thread(() -> {
                try {
                    runtime.mapper().warmUp(target);
                } catch (RuntimeException | LinkageError e) {
                    // only ever a head start: the real mapping reports whatever is wrong
                }
            }, "autogen-warm-up");
            warm.setDaemon(true);
            warm.start();
        }
        EntityClasses classes = discovery.discover(paths);
        // what the mapping depends on besides the project's classes: a change to any of it maps everything again
        String context = ProjectCache.hash(target.hibernateDialect(), target.databaseVersion(), naming, settings.toString(),
                runtime.version(), String.valueOf(SCHEMA_FORMAT), discovery.librariesFingerprint(),
                paths.stream().map(p -> p.toAbsolutePath().toString()).toList().toString());
        IncrementalMapping.State last = read(cache.get("mapped", context), "state", IncrementalMapping.State.class);
        IncrementalMapping.Result result = new IncrementalMapping(this::mapping, java.util.Set.copyOf(discovery.rootClasses()))
                .map(classes, last);
        lastMapped = result.mapped();
        cache.putLatest("mapped", context, Map.of("state", write(result.state())), 2);
        Schema schema = ConstraintNames.unique(result.state().mapping().schema());
        lastNote = result.state().mapping().note();
        cache.putLatest("schema", key, Map.of("schema", write(schema),
                "note", lastNote.getBytes(java.nio.charset.StandardCharsets.UTF_8)), 4);
        return schema;
    }

    private int lastMapped = -1;
    private String lastNote = "";

    /** How the last {@link #load(EntityDiscovery, List, ProjectCache)} was mapped, in one line for {@code -v}, or "". */
    public String lastNote() {
        return lastNote;
    }

    /** The dialects each Hibernate (by its loader, held weakly) of this JVM has started up for already. */
    private static final Map<ClassLoader, java.util.Set<String>> WARMED =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private boolean firstStartUp() {
        return WARMED.computeIfAbsent(runtime.loader(), k -> java.util.concurrent.ConcurrentHashMap.newKeySet())
                .add(target.hibernateDialect());
    }

    /**
     * How many entity classes the last {@link #load(EntityDiscovery, List, ProjectCache)} handed to Hibernate: all of
     * them, the few an edit reaches, or 0 when the schema came from the cache (for tests and the benchmark).
     */
    public int lastMapped() {
        return lastMapped;
    }

    private static <T> T read(Map<String, byte[]> entry, String name, Class<T> type) {
        if (entry == null || !entry.containsKey(name)) {
            return null;
        }
        try (var in = new CacheInput(new ByteArrayInputStream(entry.get(name)))) {
            return type.cast(in.readObject());
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            // an entry from another build of autogen, or a foreign one (a class the cache never holds, refused
            // before it is loaded): map again, and the put replaces it
            return null;
        }
    }

    private static byte[] write(Object value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (var out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        } catch (IOException e) {
            throw new IllegalStateException("the schema model is serializable", e);
        }
        return bytes.toByteArray();
    }

    /**
     * Bumped when the model records change shape, or the mapping maps the same entities otherwise (4: Bean Validation
     * constraints applied as the application's Hibernate does), so that old cache entries are not read.
     */
    private static final int SCHEMA_FORMAT = 4;

    public Schema load(EntityClasses entities) {
        return ConstraintNames.unique(mapping(entities).schema());
    }

    private Mapper.Mapping mapping(EntityClasses entities) {
        return runtime.mapper().map(new Mapper.Request(target, naming, settings, entities));
    }
}
