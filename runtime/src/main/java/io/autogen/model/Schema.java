package io.autogen.model;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A whole schema: tables and sequences, each sorted by name so that equal schemas are equal records. */
public record Schema(List<Table> tables, List<Sequence> sequences) implements java.io.Serializable {
    public static final Schema EMPTY = new Schema(List.of(), List.of());

    public Schema {
        tables = (tables == null ? List.<Table>of() : tables).stream()
                .sorted(Comparator.comparing(t -> Names.key(t.name()))).toList();
        sequences = (sequences == null ? List.<Sequence>of() : sequences).stream()
                .sorted(Comparator.comparing(s -> Names.key(s.name()))).toList();
    }

    public Optional<Table> table(String name) {
        String k = Names.key(name);
        return tables.stream().filter(t -> Names.key(t.name()).equals(k)).findFirst();
    }

    public Optional<Sequence> sequence(String name) {
        String k = Names.key(name);
        return sequences.stream().filter(s -> Names.key(s.name()).equals(k)).findFirst();
    }
}
