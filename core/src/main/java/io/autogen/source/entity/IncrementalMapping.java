package io.autogen.source.entity;

import io.autogen.source.mapping.Mapper;

import io.autogen.source.mapping.EntityClasses;

import io.autogen.cache.ProjectCache;
import io.autogen.error.EntityException;
import io.autogen.model.Column;
import io.autogen.model.Schema;
import io.autogen.model.Sequence;
import io.autogen.model.Table;
import java.io.Serializable;
import java.lang.annotation.Annotation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Maps again only what an edit can change, and takes the rest from the last mapping. Which entities an edit
 * reaches is read from the class files (what each names: {@link ClassReferences}), never guessed from sources:
 *
 * <ol>
 *   <li>the entities whose own class, or a class their mapping is made of (a superclass, an embeddable, an id
 *       class, an enum, a converter they name), has other bytes than last time, or is new or gone;</li>
 *   <li>with them, every entity of the same hierarchy, every entity whose mapping makes a table one of them makes
 *       (a single table, a join column added to another's table), and every entity that references one of them
 *       (its foreign key columns copy the referenced id);</li>
 *   <li>Hibernate maps those and the entities they reference (which it needs to bind the references), and their
 *       tables replace the ones they made last time.</li>
 * </ol>
 *
 * A mapping is made in full instead when the result of a partial one could differ from it: an auto-applied
 * converter or a naming strategy changed; an entity whose id generator changed, or a new or deleted one that
 * has one (sequences and generator tables belong to no entity's tables); a changed id or table name whose users
 * were not all mapped again; a table that an entity outside the mapped ones also makes; a sequence or generator
 * table that the partial mapping makes otherwise than the last; or more than half of the entities reached.
 */
final class IncrementalMapping {
    private static final String ENTITY = "jakarta.persistence.Entity", CONVERTER = "jakarta.persistence.Converter";
    private static final Set<String> GENERATORS = Set.of("jakarta.persistence.SequenceGenerator",
            "jakarta.persistence.SequenceGenerators", "jakarta.persistence.TableGenerator",
            "jakarta.persistence.TableGenerators", "jakarta.persistence.GeneratedValue");

    /** What each entity's mapping is made of, read from the class files of one mapping. */
    record Facts(Set<String> closure, Set<String> refs, String root, String generators) implements Serializable {}

    /** The last mapping: the schema before names are made distinct, who makes which table, and what from. */
    record State(Mapper.Mapping mapping, Map<String, String> hashes, Map<String, Facts> facts,
                 Set<String> converters) implements Serializable {}

    /** A mapping's result, and how many entities Hibernate was handed for it (all, some, or none). */
    record Result(State state, int mapped) {}

    private final Function<EntityClasses, Mapper.Mapping> mapper;
    private final Set<String> namingClasses;

    /**
     * @param mapper        maps the given classes (all of them, or the part chosen here)
     * @param namingClasses naming strategy classes: a change to one changes every name
     */
    IncrementalMapping(Function<EntityClasses, Mapper.Mapping> mapper, Set<String> namingClasses) {
        this.mapper = mapper;
        this.namingClasses = namingClasses;
    }

    Result map(EntityClasses classes, State last) {
        Map<String, byte[]> bytes = classes.bytes();
        Map<String, Class<?>> entities = new TreeMap<>();
        Set<String> converters = new TreeSet<>();
        for (Class<?> c : classes.classes()) {
            if (EntityClasses.annotatedWith(c, List.of(ENTITY))) {
                entities.put(c.getName(), c);
            } else if (EntityClasses.annotatedWith(c, List.of(CONVERTER))) {
                converters.add(c.getName());
            }
        }
        Map<String, String> hashes = new TreeMap<>();
        Map<String, ClassReferences> refs = new HashMap<>();
        for (var e : bytes.entrySet()) {
            hashes.put(e.getKey(), ProjectCache.hash(List.of(e.getValue())));
            ClassReferences r = ClassReferences.of(e.getValue());
            if (r == null) {
                return full(classes, hashes, Map.of(), converters, entities);
            }
            refs.put(e.getKey(), r);
        }
        if (bytes.isEmpty() || !bytes.keySet().containsAll(entities.keySet())) {
            return full(classes, hashes, Map.of(), converters, entities);
        }
        Map<String, Facts> facts = new TreeMap<>();
        for (String e : entities.keySet()) {
            facts.put(e, facts(e, refs, entities.keySet()));
        }
        if (last == null) {
            return full(classes, hashes, facts, converters, entities);
        }
        Set<String> changed = new TreeSet<>();
        Set<String> all = new HashSet<>(hashes.keySet());
        all.addAll(last.hashes().keySet());
        for (String c : all) {
            if (!Objects.equals(hashes.get(c), last.hashes().get(c))) {
                changed.add(c);
            }
        }
        if (changed.isEmpty()) {
            return new Result(new State(last.mapping(), hashes, withGenerators(facts, last.facts(), Set.of(), entities),
                    converters), 0);
        }
        if (changed.stream().anyMatch(c -> converters.contains(c) || last.converters().contains(c)
                || namingClasses.contains(c))) {
            return full(classes, hashes, facts, converters, entities);
        }
        Set<String> dirty = reached(changed, facts, last);
        Set<String> mapped = referencedFrom(dirty, facts);
        if (dirty.size() * 2 > Math.max(entities.size(), last.facts().size())) {
            return full(classes, hashes, facts, converters, entities);
        }
        Set<String> leftOut = new HashSet<>(entities.keySet());
        leftOut.removeAll(mapped);
        Mapper.Mapping part = new Mapper.Mapping(Schema.EMPTY, Map.of()); // only deleted entities: nothing to map
        try {
            if (!mapped.isEmpty()) {
                part = mapper.apply(classes.without(leftOut));
            }
        } catch (EntityException | LinkageError e) {
            return full(classes, hashes, facts, converters, entities); // the full mapping says what is wrong
        }
        Map<String, Facts> merged = withGenerators(facts, last.facts(), dirty, entities);
        Mapper.Mapping result = merge(last, part, dirty, merged, facts);
        if (result == null) {
            return full(classes, hashes, facts, converters, entities);
        }
        return new Result(new State(result, hashes, merged, converters), mapped.size());
    }

    private Result full(EntityClasses classes, Map<String, String> hashes, Map<String, Facts> facts,
                        Set<String> converters, Map<String, Class<?>> entities) {
        // without facts (classes it could not read) the next run cannot tell what changed: it maps in full again
        State state = new State(mapper.apply(classes), facts.isEmpty() ? Map.of() : hashes,
                withGenerators(facts, Map.of(), entities.keySet(), entities), converters);
        return new Result(state, classes.classes().size());
    }

    /** The facts, with the generator signature read now for {@code fresh} and carried over for the others. */
    private static Map<String, Facts> withGenerators(Map<String, Facts> facts, Map<String, Facts> last,
                                                     Set<String> fresh, Map<String, Class<?>> entities) {
        Map<String, Facts> out = new TreeMap<>();
        facts.forEach((name, f) -> {
            Facts before = last.get(name);
            String generators = fresh.contains(name) || before == null ? generators(entities.get(name)) : before.generators();
            out.put(name, new Facts(f.closure(), f.refs(), f.root(), generators));
        });
        return out;
    }

    /**
     * What entity {@code e}'s mapping is made of: the classes it reaches through classes that are not entities
     * (its superclasses, embeddables, id class, enums, converters), the entities it names, and its hierarchy's root.
     */
    private static Facts facts(String e, Map<String, ClassReferences> refs, Set<String> entities) {
        Set<String> closure = new TreeSet<>(), named = new TreeSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(e));
        while (!todo.isEmpty()) {
            String c = todo.pop();
            if (!closure.add(c)) {
                continue;
            }
            ClassReferences r = refs.get(c);
            if (r == null) {
                continue;
            }
            for (String n : r.names()) {
                if (entities.contains(n) && !n.equals(e)) {
                    named.add(n);
                } else if (refs.containsKey(n) && !closure.contains(n)) {
                    todo.push(n);
                }
            }
        }
        String root = e;
        for (String s = e; s != null && refs.containsKey(s); s = refs.get(s).superclass()) {
            if (entities.contains(s)) {
                root = s;
            }
        }
        return new Facts(closure, named, root, null); // generators: read by withGenerators, for the entities that need it
    }

    /**
     * The entities an edit of {@code changed} reaches: those made of a changed class (now or last time), with their
     * hierarchies, the entities that make a table with them, and the entities that reference them.
     */
    private static Set<String> reached(Set<String> changed, Map<String, Facts> facts, State last) {
        Set<String> dirty = new TreeSet<>();
        for (var e : facts.entrySet()) {
            if (e.getValue().closure().stream().anyMatch(changed::contains)) {
                dirty.add(e.getKey());
            }
        }
        for (var e : last.facts().entrySet()) {
            if (e.getValue().closure().stream().anyMatch(changed::contains)) {
                dirty.add(e.getKey());
            }
        }
        closeOverShared(dirty, facts, last);
        Set<String> referrers = new TreeSet<>();
        for (Map<String, Facts> f : List.of(facts, last.facts())) {
            f.forEach((name, x) -> {
                if (x.refs().stream().anyMatch(dirty::contains)) {
                    referrers.add(name);
                }
            });
        }
        dirty.addAll(referrers);
        closeOverShared(dirty, facts, last);
        return dirty;
    }

    /** Adds every entity of the same hierarchy, or making a table with one of {@code dirty}, until none is left. */
    private static void closeOverShared(Set<String> dirty, Map<String, Facts> facts, State last) {
        Map<String, Set<String>> byTable = new HashMap<>();
        last.mapping().entities().forEach((name, owned) -> owned.tables()
                .forEach(t -> byTable.computeIfAbsent(t, k -> new HashSet<>()).add(name)));
        boolean grew = true;
        while (grew) {
            Set<String> roots = new HashSet<>();
            for (String d : dirty) {
                for (Map<String, Facts> f : List.of(facts, last.facts())) {
                    if (f.containsKey(d)) {
                        roots.add(f.get(d).root());
                    }
                }
            }
            Set<String> add = new HashSet<>();
            for (Map<String, Facts> f : List.of(facts, last.facts())) {
                f.forEach((name, x) -> {
                    if (roots.contains(x.root())) {
                        add.add(name);
                    }
                });
            }
            for (String d : dirty) {
                Mapper.Owned owned = last.mapping().entities().get(d);
                if (owned != null) {
                    owned.tables().forEach(t -> add.addAll(byTable.getOrDefault(t, Set.of())));
                }
            }
            grew = dirty.addAll(add);
        }
    }

    /** {@code dirty} and every entity they reference, directly or not (Hibernate binds a reference to its target). */
    private static Set<String> referencedFrom(Set<String> dirty, Map<String, Facts> facts) {
        Set<String> out = new TreeSet<>();
        Deque<String> todo = new ArrayDeque<>(dirty);
        while (!todo.isEmpty()) {
            String e = todo.pop();
            if (facts.containsKey(e) && out.add(e)) {
                todo.addAll(facts.get(e).refs());
            }
        }
        return out;
    }

    /**
     * The last mapping with the tables of {@code dirty} made again from {@code part}; null when the two could
     * differ from a full mapping (then one is made).
     */
    private static Mapper.Mapping merge(State last, Mapper.Mapping part, Set<String> dirty, Map<String, Facts> merged,
                                        Map<String, Facts> now) {
        Map<String, Mapper.Owned> before = last.mapping().entities();
        for (String d : dirty) {
            Facts was = last.facts().get(d), is = merged.get(d);
            if (was != null && is != null && !Objects.equals(was.generators(), is.generators())) {
                return null; // its sequences or generator table: they belong to no entity's tables
            }
            if ((was == null) != (is == null) && !(was == null ? is : was).generators().isEmpty()) {
                return null; // a new or deleted entity with a generator
            }
            if (!Objects.equals(idSignature(before.get(d), last.mapping().schema()),
                    idSignature(part.entities().get(d), part.schema()))) {
                for (Map<String, Facts> f : List.of(now, last.facts())) {
                    for (var e : f.entrySet()) {
                        if (e.getValue().refs().contains(d) && !dirty.contains(e.getKey())) {
                            return null; // its users' foreign keys copy its id: they were not mapped again
                        }
                    }
                }
            }
        }
        Set<String> oldTables = new HashSet<>(), newTables = new HashSet<>(), ownedBefore = new HashSet<>(),
                ownedInPart = new HashSet<>();
        before.forEach((name, o) -> (dirty.contains(name) ? oldTables : ownedBefore).addAll(o.tables()));
        part.entities().forEach((name, o) -> (dirty.contains(name) ? newTables : ownedInPart).addAll(o.tables()));
        for (String t : newTables) {
            if (ownedBefore.contains(t) || ownedInPart.contains(t)) {
                return null; // an entity that was not mapped again makes this table too
            }
        }
        Set<String> attributed = new HashSet<>(oldTables);
        attributed.addAll(ownedBefore);
        Map<String, Table> lastTables = new HashMap<>();
        last.mapping().schema().tables().forEach(t -> lastTables.put(t.name(), t));
        for (Table t : part.schema().tables()) {
            if (!newTables.contains(t.name()) && !ownedInPart.contains(t.name())) { // a generator table
                if (attributed.contains(t.name()) || !t.equals(lastTables.get(t.name()))) {
                    return null;
                }
            }
        }
        Map<String, Sequence> lastSequences = new HashMap<>();
        last.mapping().schema().sequences().forEach(s -> lastSequences.put(s.name(), s));
        for (Sequence s : part.schema().sequences()) {
            if (!s.equals(lastSequences.get(s.name()))) {
                return null;
            }
        }
        List<Table> tables = new ArrayList<>();
        for (Table t : last.mapping().schema().tables()) {
            if (!oldTables.contains(t.name())) {
                if (newTables.contains(t.name())) {
                    return null; // a generator table of the last mapping is now an entity's
                }
                tables.add(t);
            }
        }
        part.schema().tables().stream().filter(t -> newTables.contains(t.name())).forEach(tables::add);
        Map<String, Mapper.Owned> owners = new TreeMap<>(before);
        owners.keySet().removeAll(dirty);
        part.entities().forEach((name, o) -> {
            if (dirty.contains(name)) {
                owners.put(name, o);
            }
        });
        return new Mapper.Mapping(new Schema(tables, last.mapping().schema().sequences()), owners,
                part.note().isEmpty() ? last.mapping().note() : part.note());
    }

    /** What an entity's users copy from it: its names, its id table's name and primary key columns. */
    private static String idSignature(Mapper.Owned owned, Schema schema) {
        if (owned == null) {
            return null;
        }
        Table t = schema.table(owned.identityTable()).orElse(null);
        if (t == null || t.primaryKey() == null) {
            return owned.entityName() + " " + owned.identityTable();
        }
        StringBuilder s = new StringBuilder(owned.entityName() + " " + t.name());
        for (String c : t.primaryKey().columns()) {
            Column col = t.column(c).orElse(null);
            s.append(' ').append(c).append(':').append(col == null ? "?" : col.type());
        }
        return s.toString();
    }

    /**
     * The id generator annotations of an entity and its superclasses, written out: the same string means the same
     * sequences and generator tables. Compared by annotation name, as another Hibernate's JPA is another class.
     */
    static String generators(Class<?> entity) {
        if (entity == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (Class<?> k = entity; k != null && k != Object.class; k = k.getSuperclass()) {
            try {
                append(out, k.getSimpleName(), k.getDeclaredAnnotations());
                for (var f : k.getDeclaredFields()) {
                    append(out, f.getName(), f.getDeclaredAnnotations());
                }
                for (var m : k.getDeclaredMethods()) {
                    append(out, m.getName(), m.getDeclaredAnnotations());
                }
            } catch (LinkageError | RuntimeException e) {
                return "unreadable " + e; // never equal to a readable one: the mapping is made in full
            }
        }
        return out.toString();
    }

    private static void append(StringBuilder out, String where, Annotation[] annotations) {
        for (Annotation a : annotations) {
            String type = a.annotationType().getName();
            boolean generator = GENERATORS.contains(type)
                    || type.startsWith("org.hibernate.annotations.") && (type.contains("Generat") || type.contains("Sequence"))
                    || java.util.Arrays.stream(a.annotationType().getDeclaredAnnotations()).anyMatch(m -> {
                        String n = m.annotationType().getName();
                        return n.equals("org.hibernate.annotations.IdGeneratorType")
                                || n.equals("org.hibernate.annotations.ValueGenerationType");
                    });
            if (generator && !isIdentity(a)) {
                out.append(where).append(' ').append(a).append('\n');
            }
        }
    }

    /** {@code @GeneratedValue(strategy = IDENTITY)}: a column of the entity's own table, no object of its own. */
    private static boolean isIdentity(Annotation a) {
        return a.annotationType().getName().equals("jakarta.persistence.GeneratedValue")
                && a.toString().contains("IDENTITY") && a.toString().contains("generator=\"\"");
    }
}
