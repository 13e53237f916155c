package io.autogen.source.entity;

import io.autogen.source.mapping.Mapper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.autogen.fixtures.Fixtures;
import io.autogen.model.Schema;
import io.autogen.model.Sequence;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InvalidClassException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** What the entity cache holds reads back whole; anything else is refused by name, before its class is looked up. */
class CacheInputTest {
    private static Object roundTrip(Object o) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (var out = new ObjectOutputStream(bytes)) {
            out.writeObject(o);
        }
        try (var in = new CacheInput(new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }

    @Test
    void theCachedRecordsReadBack() throws Exception {
        Schema schema = new Schema(List.of(Fixtures.richTable()), List.of(new Sequence("s", 1, 50)));
        assertEquals(schema, roundTrip(schema));
        var owned = new Mapper.Owned("Event", "event", new HashSet<>(Set.of("event", "event_tags")));
        var facts = new IncrementalMapping.Facts(new TreeSet<>(Set.of("a.B")), Set.of(), "a.B", "");
        var state = new IncrementalMapping.State(new Mapper.Mapping(schema, new TreeMap<>(Map.of("a.B", owned))),
                new TreeMap<>(Map.of("a.B", "h")), Map.of("a.B", facts), new TreeSet<>(Set.of("a.C")));
        assertEquals(state, roundTrip(state));
    }

    /** Not admitted, though serialisable and on the class path. */
    record Foreign(String x) implements Serializable {}

    @Test
    void anyOtherClassIsRefused() {
        var e = assertThrows(InvalidClassException.class, () -> roundTrip(new Foreign("x")));
        assertTrue(e.getMessage().contains(Foreign.class.getName()), e.getMessage());
        assertThrows(InvalidClassException.class, () -> roundTrip(List.of(new Foreign("x"))));
        assertThrows(InvalidClassException.class, () -> roundTrip(new java.util.Date()));
        assertThrows(InvalidClassException.class, () -> roundTrip(new Foreign[] {new Foreign("x")}));
        assertFalse(CacheInput.admits("io.autogen.model.sub.X"));
        assertFalse(CacheInput.admits("java.lang.Object"));
        assertTrue(CacheInput.admits("[Ljava.lang.Object;"));
        assertTrue(CacheInput.admits("[B"));
    }
}
