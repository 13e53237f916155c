package io.autogen.source;

import io.autogen.source.mapping.MappingTarget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.autogen.dialect.Dialect;
import io.autogen.diff.Comparator;
import io.autogen.fixtures.Entities;
import io.autogen.model.Schema;
import io.autogen.ops.Operation;
import io.autogen.source.mapping.EntityClasses;
import io.autogen.source.entity.EntityDiscovery;
import io.autogen.source.entity.EntityModel;
import io.autogen.source.isolation.HibernateRuntime;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Entities mapped by the Hibernate version the application runs: versions that differ give different models
 * (that each version's mapping is what that version creates: {@link HibernateCreationTest}).
 */
class HibernateVersionsTest {
    static final String V66 = "6.6.13.Final", V71 = "7.1.0.Final";
    private static final Map<String, HibernateRuntime> RUNTIMES = new ConcurrentHashMap<>();

    @TempDir Path dir;

    /** The artifact of Hibernate's community dialects, which other Hibernate versions' creation runs with. */
    static final String COMMUNITY_DIALECTS = "hibernate-community-dialects";

    /** Hibernate {@code version} ({@code bundled}: autogen's own) with its {@code artifact} (that of a Hibernate dialect). */
    static HibernateRuntime runtime(String version, String artifact) {
        return RUNTIMES.computeIfAbsent(version + " " + artifact, k -> version.equals("bundled") ? HibernateRuntime.bundled()
                : HibernateRuntime.forProject(version, List.of(), artifact, (java.nio.file.Path) null));
    }

    /** Hibernate {@code version} with the artifact of {@code d}'s Hibernate dialect. */
    static HibernateRuntime runtime(String version, Dialect d) {
        return runtime(version, d.hibernateArtifact());
    }

    static MappingTarget target(Dialect d) {
        return MappingTarget.of(d);
    }

    static final String VERSIONED = """
            package app;

            import jakarta.persistence.*;
            import java.util.Set;

            @Entity @Table(name = "account")
            public class Account {
                @Id Long id;
                @Version int version;
                @ElementCollection @CollectionTable(name = "account_tags") Set<String> tags;
                @OneToMany @JoinTable(name = "account_friends") Set<Account> friends;
            }
            """;

    @Test
    void hibernate71And74MapTheSameEntitiesDifferently() throws Exception {
        Path src = dir.resolve("src/app/Account.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, VERSIONED);
        Dialect pg = io.autogen.dialect.Dialects.forUrl("jdbc:postgresql://x/y");
        Schema old = map(runtime(V71, pg), dir.resolve("src"), pg);
        Schema now = map(runtime("bundled", pg), dir.resolve("src"), pg);
        // 7.1 keys a @OneToMany join table by both columns and puts no unique key on an element collection set;
        // 7.4 keys the join table by the target alone and makes each set element unique per owner
        assertEquals(List.of("account_id", "friends_id"), old.table("account_friends").orElseThrow().primaryKey().columns());
        assertEquals(List.of("friends_id"), now.table("account_friends").orElseThrow().primaryKey().columns());
        assertEquals(List.of(), old.table("account_tags").orElseThrow().uniqueKeys());
        assertEquals(List.of(List.of("account_id", "tags")),
                now.table("account_tags").orElseThrow().uniqueKeys().stream().map(u -> u.columns()).toList());
        List<Operation> diff = new Comparator(pg.hints()).compare(old, now);
        assertNotEquals(List.of(), diff);
        assertEquals(List.of(), new Comparator(pg.hints()).compare(map(runtime(V71, pg), dir.resolve("src"), pg), old),
                "the same version maps the same");
    }

    private static Schema map(HibernateRuntime runtime, Path sources, Dialect d) {
        EntityClasses classes = new EntityDiscovery(List.of(), null, List.of(), runtime).discover(List.of(sources));
        return new EntityModel(target(d), "jpa", Map.of(), runtime).load(classes);
    }
}
