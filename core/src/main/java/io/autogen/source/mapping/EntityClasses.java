package io.autogen.source.mapping;

import java.util.List;
import java.util.Map;

/**
 * The classes Hibernate should map, the loader that defines them, and the classes found beside them that could
 * not be loaded, each with the class it is missing (so that a mapping that needs one of them can say why); and
 * the bytes of every class of the project (compiled from its sources, or read from its class folders and jars),
 * from which the mapping learns what an edit can reach. Empty bytes: unknown, and every mapping maps all.
 */
public record EntityClasses(ClassLoader loader, List<Class<?>> classes, Map<String, String> unloadable,
                            Map<String, byte[]> bytes) {
    public EntityClasses {
        classes = List.copyOf(classes);
        unloadable = Map.copyOf(unloadable);
        bytes = Map.copyOf(bytes);
    }

    public EntityClasses(ClassLoader loader, List<Class<?>> classes, Map<String, String> unloadable) {
        this(loader, classes, unloadable, Map.of());
    }

    public EntityClasses(ClassLoader loader, List<Class<?>> classes) {
        this(loader, classes, Map.of(), Map.of());
    }

    /** These classes without the given ones (what a mapping of part of the entities is handed). */
    public EntityClasses without(java.util.Set<String> names) {
        return new EntityClasses(loader, classes.stream().filter(c -> !names.contains(c.getName())).toList(),
                unloadable, bytes);
    }

    /** True when {@code c} carries an annotation of that name (by name: another Hibernate's JPA is another class). */
    public static boolean annotatedWith(Class<?> c, List<String> annotations) {
        try {
            for (var a : c.getDeclaredAnnotations()) {
                if (annotations.contains(a.annotationType().getName())) {
                    return true;
                }
            }
            return false;
        } catch (LinkageError | RuntimeException e) {
            return false; // an annotation whose class is missing: reflection cannot read it, Hibernate will say why
        }
    }
}
