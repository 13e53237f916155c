package io.autogen.source.entity;

import java.util.List;

/** The classes Hibernate should map, and the loader that defines them. */
public record EntityClasses(ClassLoader loader, List<Class<?>> classes) {
    public EntityClasses {
        classes = List.copyOf(classes);
    }
}
