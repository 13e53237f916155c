package io.autogen.source.mapping;

import io.autogen.error.EntityException;
import io.autogen.model.ForeignKey;
import io.autogen.model.Index;
import io.autogen.model.Names;
import io.autogen.model.Schema;
import io.autogen.model.Table;
import io.autogen.model.UniqueKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Names of the keys and indexes the mapping did not name. Hibernate hashes such names ({@code UK1wn5a...}); they
 * are unreadable, written unquoted in upper case, and not always distinct where the database needs them to be
 * (PostgreSQL keeps index names, and so unique and primary key names, per schema). autogen names them as
 * PostgreSQL names an unnamed constraint instead: {@code <table>_<columns>_key|idx|fkey}, at most 63 characters,
 * and distinct across the schema. Names the mapping gave are kept; two of them that clash are an error.
 */
public final class ConstraintNames {
    private static final Pattern HIBERNATE_HASH = Pattern.compile("(FK|UK|IDX)[0-9a-z]{10,30}");

    private ConstraintNames() {}

    /** True for a name Hibernate made up ({@code FK}, {@code UK} or {@code IDX} and a base-35 hash). */
    public static boolean generatedByHibernate(String name) {
        return name == null || HIBERNATE_HASH.matcher(name).matches();
    }

    /** {@code <table>_<col>_<col>_<suffix>}, shortened with a hash of the whole when it is too long. */
    public static String derive(String table, List<String> columns, String suffix) {
        String full = table + "_" + String.join("_", columns) + "_" + suffix;
        return Names.fit(full);
    }

    /**
     * The schema with every index and index-backed key name distinct from the others and from table names: a
     * derived name that clashes gets a number; a name the mapping gave that clashes is refused, naming both owners.
     */
    public static Schema unique(Schema schema) {
        Map<String, String> owners = new HashMap<>(); // name key -> what holds it
        schema.tables().forEach(t -> owners.put(Names.key(t.name()), "table " + t.name()));
        List<Table> out = new ArrayList<>();
        for (Table t : schema.tables()) {
            List<UniqueKey> uniques = new ArrayList<>();
            for (UniqueKey u : t.uniqueKeys()) {
                String derived = derive(t.name(), u.columns(), "key");
                uniques.add(new UniqueKey(claim(owners, u.name(), derived, "unique constraint on " + t.name() + " "
                        + u.columns()), u.columns()));
            }
            List<Index> indexes = new ArrayList<>();
            for (Index i : t.indexes()) {
                String derived = derive(t.name(), i.columns(), "idx");
                indexes.add(new Index(claim(owners, i.name(), derived, "index on " + t.name() + " " + i.columns()),
                        i.columns(), i.unique()));
            }
            out.add(t.withUniqueKeys(uniques).withIndexes(indexes).withForeignKeys(distinctForeignKeys(t)));
        }
        return new Schema(out, schema.sequences());
    }

    /** Foreign key names are per table: two keys of one table on the same columns (to two tables) need two. */
    private static List<ForeignKey> distinctForeignKeys(Table t) {
        Map<String, String> owners = new HashMap<>();
        List<ForeignKey> out = new ArrayList<>();
        for (ForeignKey f : t.foreignKeys()) {
            String derived = derive(t.name(), f.columns(), "fkey");
            out.add(new ForeignKey(claim(owners, f.name(), derived, "foreign key on " + t.name() + " " + f.columns()),
                    f.columns(), f.refTable(), f.refColumns(), f.onDelete()));
        }
        return out;
    }

    private static String claim(Map<String, String> owners, String name, String derived, String what) {
        if (!name.equals(derived)) { // the mapping named it: keep it, and refuse a clash
            String holder = owners.putIfAbsent(Names.key(name), what);
            if (holder != null) {
                throw new EntityException("the name " + name + " of the " + what + " is also the name of the "
                        + holder + ": PostgreSQL keeps index and key names per schema; give one of them another name");
            }
            return name;
        }
        String candidate = name;
        for (int n = 1; owners.containsKey(Names.key(candidate)); n++) {
            String tail = String.valueOf(n);
            candidate = derived.length() + tail.length() <= Names.MAX_LENGTH ? derived + tail
                    : derived.substring(0, Names.MAX_LENGTH - tail.length()) + tail; // derived fits already
        }
        owners.put(Names.key(candidate), what);
        return candidate;
    }
}
