package io.autogen.source.isolation;

import io.autogen.source.hibernate.HibernateMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;

/**
 * A class loader for another Hibernate version: its jars on top of the JDK, and nothing of the Hibernate bundled
 * with autogen. autogen's model, errors and mapping interface come from autogen's loader, so that both sides
 * speak the same records; autogen's {@code hibernate} mapping package is defined here again, from the same class
 * files, so that it links against this version. The Jakarta Validation API is autogen's too (Hibernate's jars do not
 * hold it): Hibernate's {@code TypeSafeActivator}, the entities' constraints and a provider on {@code classpath=}
 * (whose loader asks this one first) then all link the same API.
 */
final class IsolatedLoader extends URLClassLoader {
    /** autogen's classes that link against Hibernate, defined again in this loader: the mapper's package. */
    private static final String MAPPING = HibernateMapper.class.getPackageName() + ".";
    private static final String VALIDATION = "jakarta.validation.";
    private final ClassLoader autogen = IsolatedLoader.class.getClassLoader();

    static {
        registerAsParallelCapable();
    }

    IsolatedLoader(List<Path> jars) {
        super(jars.stream().map(IsolatedLoader::url).toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }

    private static URL url(Path p) {
        try {
            return p.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(p.toString(), e);
        }
    }

    @Override protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        synchronized (getClassLoadingLock(name)) {
            Class<?> c = findLoadedClass(name);
            if (c == null) {
                if (name.startsWith(MAPPING)) {
                    c = defineMapping(name);
                } else if (name.startsWith("io.autogen.") || name.startsWith(VALIDATION)) {
                    c = autogen.loadClass(name);
                } else {
                    c = super.loadClass(name, false);
                }
            }
            if (resolve) {
                resolveClass(c);
            }
            return c;
        }
    }

    private Class<?> defineMapping(String name) throws ClassNotFoundException {
        try (InputStream in = autogen.getResourceAsStream(name.replace('.', '/') + ".class")) {
            if (in == null) {
                throw new ClassNotFoundException(name);
            }
            byte[] bytes = in.readAllBytes();
            return defineClass(name, bytes, 0, bytes.length);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read autogen's own class " + name, e);
        }
    }
}
