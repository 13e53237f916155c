package io.autogen.source.entity;

import java.util.List;
import java.util.Map;

/**
 * The classes Hibernate should map, the loader that defines them, and the classes found beside them that could
 * not be loaded, each with the class it is missing (so that a mapping that needs one of them can say why).
 */
public record EntityClasses(ClassLoader loader, List<Class<?>> classes, Map<String, String> unloadable) {
    public EntityClasses {
        classes = List.copyOf(classes);
        unloadable = Map.copyOf(unloadable);
    }

    public EntityClasses(ClassLoader loader, List<Class<?>> classes) {
        this(loader, classes, Map.of());
    }
}
