package io.autogen.source.entity;

import io.autogen.source.mapping.Mapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectStreamClass;
import java.util.Set;

/**
 * Reads back what {@link EntityModel} cached in {@code .autogen/}: autogen's own model records and the JDK values and
 * collections they hold, nothing else. A cache file comes with a cloned repository and can be crafted; a class not
 * admitted here is refused by name before it is looked up (so it is never loaded, let alone instantiated), and the
 * read fails, which the caller treats as a miss.
 */
final class CacheInput extends ObjectInputStream {
    /** The records the cache holds besides those of {@code io.autogen.model}. */
    private static final Set<String> OWN = Set.of(IncrementalMapping.State.class.getName(),
            IncrementalMapping.Facts.class.getName(), Mapper.Mapping.class.getName(), Mapper.Owned.class.getName());
    /**
     * What records, strings, lists, sets and maps serialise as: List.of and the like write a java.util.CollSer, whose
     * readResolve gives an ImmutableCollections class, which the filter sees too.
     */
    private static final Set<String> JDK = Set.of(
            "java.lang.String", "java.lang.Boolean", "java.lang.Integer", "java.lang.Long", "java.lang.Number",
            "java.util.ArrayList", "java.util.HashMap", "java.util.LinkedHashMap", "java.util.TreeMap",
            "java.util.HashSet", "java.util.LinkedHashSet", "java.util.TreeSet", "java.util.CollSer",
            "java.util.ImmutableCollections$List12", "java.util.ImmutableCollections$ListN",
            "java.util.ImmutableCollections$Set12", "java.util.ImmutableCollections$SetN",
            "java.util.ImmutableCollections$Map1", "java.util.ImmutableCollections$MapN",
            "java.util.Collections$EmptyList", "java.util.Collections$EmptySet", "java.util.Collections$EmptyMap",
            "java.util.Collections$UnmodifiableCollection", "java.util.Collections$UnmodifiableList",
            "java.util.Collections$UnmodifiableRandomAccessList", "java.util.Collections$UnmodifiableSet",
            "java.util.Collections$UnmodifiableSortedSet", "java.util.Collections$UnmodifiableMap",
            "java.util.Collections$UnmodifiableSortedMap", "java.util.Collections$SingletonList",
            "java.util.Collections$SingletonSet", "java.util.Collections$SingletonMap");

    /** Element types of the arrays a CollSer holds, or makes for Map.of; never instances of their own. */
    private static final Set<String> ARRAY_ONLY = Set.of("java.lang.Object", "java.util.Map$Entry");

    CacheInput(InputStream in) throws IOException {
        super(in);
        setObjectInputFilter(info -> info.serialClass() == null ? ObjectInputFilter.Status.UNDECIDED
                : admits(info.serialClass().getName()) ? ObjectInputFilter.Status.ALLOWED
                : ObjectInputFilter.Status.REJECTED); // the second line, should a class reach it another way
    }

    /** Whether a class of this name may be read: ours, the JDK basics above, and arrays of either (or primitives). */
    static boolean admits(String name) {
        String element = name;
        while (element.startsWith("[")) {
            element = element.substring(1);
        }
        if (element.length() == 1) {
            return name.startsWith("["); // an array of a primitive type
        }
        if (element.startsWith("L") && element.endsWith(";") && name.startsWith("[")) {
            element = element.substring(1, element.length() - 1);
        }
        boolean array = name.startsWith("[");
        return JDK.contains(element) || OWN.contains(element) || array && ARRAY_ONLY.contains(element)
                || element.startsWith("io.autogen.model.") && element.indexOf('.', "io.autogen.model.".length()) < 0;
    }

    @Override protected Class<?> resolveClass(ObjectStreamClass desc) throws IOException, ClassNotFoundException {
        if (!admits(desc.getName())) {
            throw new InvalidClassException(desc.getName(), "not a class autogen's cache holds");
        }
        return super.resolveClass(desc);
    }

    @Override protected Class<?> resolveProxyClass(String[] interfaces) throws IOException {
        throw new InvalidClassException("a proxy is not something autogen's cache holds");
    }
}
