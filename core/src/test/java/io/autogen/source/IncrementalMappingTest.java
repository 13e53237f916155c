package io.autogen.source;

import io.autogen.source.mapping.MappingTarget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.autogen.cache.ProjectCache;
import io.autogen.dialect.Dialect;
import io.autogen.dialect.Dialects;
import io.autogen.model.Schema;
import io.autogen.source.entity.EntityDiscovery;
import io.autogen.source.entity.EntityModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * After an edit, only the entities the edit can reach are mapped again, and the schema is the one a full compile
 * and a full mapping give, whatever the edit; where a partial mapping could differ, the mapping is made in full.
 */
class IncrementalMappingTest {
    @TempDir Path dir;

    private static final int BYSTANDERS = 16;

    private Dialect dialect;
    private EntityModel daily;
    private EntityDiscovery discovery;

    private void write(String name, String body) throws Exception {
        Path f = dir.resolve("src/app/" + name + ".java");
        Files.createDirectories(f.getParent());
        Files.writeString(f, "package app;\n\nimport jakarta.persistence.*;\nimport java.util.*;\n\n" + body);
    }

    private EntityModel model() {
        return new EntityModel(MappingTarget.of(dialect), "jpa");
    }

    private Schema load(EntityModel model, EntityDiscovery d, Path cache) throws Exception {
        if (Files.isDirectory(cache)) { // the mapped schema of an earlier state of the sources is not what is tested
            try (var files = Files.list(cache)) {
                for (Path f : files.filter(f -> f.getFileName().toString().startsWith("schema-")).toList()) {
                    Files.delete(f);
                }
            }
        }
        return model.load(d, List.of(dir.resolve("src")), new ProjectCache(cache));
    }

    /** What a compile and a mapping from nothing give, in a cache of their own. */
    private Schema full() throws Exception {
        Path fresh = Files.createTempDirectory(dir, "fresh");
        EntityModel m = model();
        Schema s = load(m, new EntityDiscovery(List.of(), fresh), fresh);
        assertTrue(m.lastMapped() > BYSTANDERS, "a fresh cache maps everything: " + m.lastMapped());
        return s;
    }

    /** The edited sources, mapped as the daily run maps them: equal to the full result, and only partly mapped. */
    private Schema partly() throws Exception {
        Schema s = load(daily, discovery, dir.resolve("cache"));
        int mapped = daily.lastMapped();
        assertEquals(full(), s);
        assertTrue(mapped >= 0 && mapped < BYSTANDERS, "mapped again: " + mapped); // 0: an entity was only deleted
        return s;
    }

    /** As {@link #partly}, where a partial mapping could differ from a full one: mapped in full, and equal. */
    private Schema inFull() throws Exception {
        Schema s = load(daily, discovery, dir.resolve("cache"));
        int mapped = daily.lastMapped();
        assertEquals(full(), s);
        assertTrue(mapped > BYSTANDERS, "mapped in full: " + mapped);
        return s;
    }

    private static final String CUSTOMER = "@Entity @Table(name = \"customer\") public class Customer extends Named {"
            + " @Id %s id; @Embedded Address address; }\n";
    private static final String TAG = "@Entity @Table(name = \"%s\") public class Tag { @Id Long id; String label; }\n";
    private static final String DOG = "@Entity @DiscriminatorValue(\"dog\") public class Dog extends Animal { %s }\n";
    private static final String CAR = "@Entity @Table(name = \"car\") public class Car extends Vehicle { %s }\n";
    private static final String SEQ = "@Entity @Table(name = \"ticket\") public class Ticket { @Id"
            + " @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = \"t\")"
            + " @SequenceGenerator(name = \"t\", sequenceName = \"ticket_seq\", allocationSize = %d) Long id; }\n";
    private static final String BOX = "@Entity @Table(name = \"box\") public class Box { @Id Long id;"
            + " @OneToMany @JoinColumn(name = \"box_id\") List<Item> items; %s }\n";

    @ParameterizedTest
    @MethodSource("io.autogen.fixtures.TestDialects#names")
    void everyKindOfEditGivesWhatAFullMappingGives(String which) throws Exception {
        dialect = Dialects.named(which);
        write("Lengths", "public final class Lengths { public static final int NAME = 80; private Lengths() {} }\n");
        write("Named", "@MappedSuperclass public abstract class Named { @Column(length = Lengths.NAME) String name; }\n");
        write("Address", "@Embeddable public class Address { String street; }\n");
        write("Customer", CUSTOMER.formatted("Long"));
        write("Purchase", "@Entity @Table(name = \"purchase\") public class Purchase { @Id Long id;"
                + " @ManyToOne Customer customer; Integer qty; }\n");
        write("Animal", "@Entity @Table(name = \"animal\") @Inheritance(strategy = InheritanceType.SINGLE_TABLE)"
                + " public class Animal { @Id Long id; String name; }\n");
        write("Dog", DOG.formatted(""));
        write("Cat", "@Entity @DiscriminatorValue(\"cat\") public class Cat extends Animal { Integer lives; }\n");
        write("Vehicle", "@Entity @Table(name = \"vehicle\") @Inheritance(strategy = InheritanceType.JOINED)"
                + " public class Vehicle { @Id Long id; String plate; }\n");
        write("Car", CAR.formatted(""));
        write("Tag", TAG.formatted("tag"));
        write("Post", "@Entity @Table(name = \"post\") public class Post { @Id Long id; @ManyToMany Set<Tag> tags; }\n");
        write("Owner", "@Entity @Table(name = \"owner\") public class Owner { @Id Long id;"
                + " @ElementCollection Set<String> nicknames; }\n");
        write("Item", "@Entity @Table(name = \"item\") public class Item { @Id Long id; String what; }\n");
        write("Box", BOX.formatted(""));
        write("Note", "@Entity @Table(name = \"note\") public class Note { @Id Long id; String body; }\n");
        write("Ticket", SEQ.formatted(10));
        write("Upper", "@Converter(autoApply = true) public class Upper implements AttributeConverter<String, String> {"
                + " public String convertToDatabaseColumn(String s) { return s; }"
                + " public String convertToEntityAttribute(String s) { return s; } }\n");
        for (int i = 0; i < BYSTANDERS * 2; i++) { // entities no edit reaches
            write("Other" + i, "@Entity @Table(name = \"other" + i + "\") public class Other" + i + " { @Id Long id;"
                    + (i > 0 ? " @ManyToOne Other" + (i - 1) + " previous;" : "") + " }\n");
        }
        discovery = new EntityDiscovery(List.of(), dir.resolve("cache"));
        daily = model();
        assertEquals(full(), load(daily, discovery, dir.resolve("cache")));

        // the daily case: an entity gains a column
        write("Purchase", "@Entity @Table(name = \"purchase\") public class Purchase { @Id Long id;"
                + " @ManyToOne Customer customer; Integer qty; String remark; }\n");
        assertTrue(partly().table("purchase").orElseThrow().column("remark").isPresent());

        // a constant that a mapped superclass's annotation uses
        write("Lengths", "public final class Lengths { public static final int NAME = 120; private Lengths() {} }\n");
        assertEquals("varchar(120)",
                partly().table("customer").orElseThrow().column("name").orElseThrow().type());

        // an embeddable gains a field; a mapped superclass gains a field
        write("Address", "@Embeddable public class Address { String street; String city; }\n");
        assertTrue(partly().table("customer").orElseThrow().column("city").isPresent());
        write("Named", "@MappedSuperclass public abstract class Named { @Column(length = Lengths.NAME) String name;"
                + " String code; }\n");
        assertTrue(partly().table("customer").orElseThrow().column("code").isPresent());

        // a subclass in a single table, a subclass in a joined hierarchy
        write("Dog", DOG.formatted("String breed;"));
        assertTrue(partly().table("animal").orElseThrow().column("breed").isPresent());
        write("Car", CAR.formatted("Integer doors;"));
        assertTrue(partly().table("car").orElseThrow().column("doors").isPresent());

        // a referenced id changes type: the foreign keys that copy it change with it
        write("Customer", CUSTOMER.formatted("String"));
        Schema s = partly();
        assertEquals(s.table("customer").orElseThrow().column("id").orElseThrow().type(),
                s.table("purchase").orElseThrow().column("customer_id").orElseThrow().type());

        // a referenced table is renamed: the join table that names it follows
        write("Tag", TAG.formatted("label"));
        assertTrue(partly().table("post_label").isPresent());

        // an element collection's owner gains a collection
        write("Owner", "@Entity @Table(name = \"owner\") public class Owner { @Id Long id;"
                + " @ElementCollection Set<String> nicknames; @ElementCollection List<Integer> scores; }\n");
        assertTrue(partly().table("owner_scores").isPresent());

        // a new entity, then the same class renamed (a file deleted, another written), then deleted
        write("Memo", "@Entity @Table(name = \"memo\") public class Memo { @Id Long id; @ManyToOne Note note; }\n");
        assertTrue(partly().table("memo").isPresent());
        Files.delete(dir.resolve("src/app/Memo.java"));
        write("Remark", "@Entity @Table(name = \"memo\") public class Remark { @Id Long id; @ManyToOne Note note; }\n");
        assertTrue(partly().table("memo").isPresent());
        Files.delete(dir.resolve("src/app/Remark.java"));
        assertTrue(partly().table("memo").isEmpty());

        // where a partial mapping could differ, the mapping is made in full:
        // a join column added to a table another entity makes,
        write("Box", BOX.formatted("@OneToMany @JoinColumn(name = \"box_id\") List<Note> notes;"));
        assertTrue(inFull().table("note").orElseThrow().column("box_id").isPresent());
        // an id generator changed (its sequence belongs to no table),
        write("Ticket", SEQ.formatted(20));
        s = inFull();
        Schema mapped = s; // a database without sequences (SQLite) has a table stand for it
        assertTrue(s.sequence("ticket_seq").map(q -> q.increment() == 20).orElseGet(() -> mapped.table("ticket_seq").isPresent()),
                s.toString());
        // an auto-applied converter changed
        write("Upper", "@Converter(autoApply = true) public class Upper implements AttributeConverter<String, String> {"
                + " public String convertToDatabaseColumn(String s) { return s == null ? null : s.trim(); }"
                + " public String convertToEntityAttribute(String s) { return s; } }\n");
        inFull();
        // and after each of them the next edit is partial again
        write("Item", "@Entity @Table(name = \"item\") public class Item { @Id Long id; String what; String size; }\n");
        assertTrue(partly().table("item").orElseThrow().column("size").isPresent());
    }
}
