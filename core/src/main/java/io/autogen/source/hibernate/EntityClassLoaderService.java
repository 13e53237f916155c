package io.autogen.source.hibernate;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.ServiceLoader;
import org.hibernate.boot.registry.classloading.spi.ClassLoaderService;
import org.hibernate.boot.registry.classloading.spi.ClassLoadingException;

/**
 * Hibernate's class loading, confined to the entities' loader (and through it to the Hibernate that maps them).
 * Hibernate's own service also searches the JVM's system class loader, which in autogen holds the bundled
 * Hibernate: its service files would then offer classes of the wrong version.
 */
public final class EntityClassLoaderService implements ClassLoaderService {
    private final ClassLoader loader;

    public EntityClassLoaderService(ClassLoader loader) {
        this.loader = loader;
    }

    @Override @SuppressWarnings("unchecked")
    public <T> Class<T> classForName(String className) {
        try {
            return (Class<T>) Class.forName(className, true, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new ClassLoadingException("Unable to load class [" + className + "]", e);
        }
    }

    @Override public URL locateResource(String name) {
        return loader.getResource(name.startsWith("/") ? name.substring(1) : name);
    }

    @Override public InputStream locateResourceStream(String name) {
        return loader.getResourceAsStream(name.startsWith("/") ? name.substring(1) : name);
    }

    @Override public List<URL> locateResources(String name) {
        try {
            return new ArrayList<>(Collections.list(loader.getResources(name)));
        } catch (IOException e) {
            return List.of();
        }
    }

    @Override public <S> Collection<S> loadJavaServices(Class<S> serviceContract) {
        Collection<S> out = new LinkedHashSet<>();
        ServiceLoader.load(serviceContract, loader).forEach(out::add);
        return out;
    }

    @Override @SuppressWarnings("unchecked")
    public <T> T generateProxy(InvocationHandler handler, Class<?>... interfaces) {
        return (T) Proxy.newProxyInstance(loader, interfaces, handler);
    }

    @Override public Package packageForNameOrNull(String packageName) {
        return loader.getDefinedPackage(packageName);
    }

    @Override public <T> T workWithClassLoader(Work<T> work) {
        return work.doWork(loader);
    }

    @Override public void stop() {
    }
}
