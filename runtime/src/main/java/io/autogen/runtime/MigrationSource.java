package io.autogen.runtime;

import io.autogen.api.Migration;
import io.autogen.runtime.revision.RevisionFile;
import io.autogen.error.RevisionException;
import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.Map;

/** Where runnable migrations come from: sources compiled in memory, or classes already on the class path. */
public interface MigrationSource {
    /** The migrations of {@code revisions}, by revision id. */
    Map<String, Migration> load(List<RevisionFile> revisions);

    /** The migration class of {@code r}, loaded by {@code loader} and instantiated. */
    static Migration instantiate(ClassLoader loader, RevisionFile r) {
        try {
            Class<?> c = Class.forName(r.className(), true, loader);
            if (!Migration.class.isAssignableFrom(c)) {
                throw new RevisionException("migration " + r.file() + ": class " + r.className()
                        + " does not implement io.autogen.api.Migration");
            }
            return (Migration) c.getDeclaredConstructor().newInstance();
        } catch (ClassNotFoundException e) {
            throw new RevisionException("migration " + r.file() + ": class " + r.className()
                    + " not found after compiling; the class must be named like its file");
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException e) {
            throw new RevisionException("migration " + r.file() + ": needs a public no-argument constructor");
        } catch (InvocationTargetException e) {
            throw new RevisionException("migration " + r.file() + ": constructor failed: " + e.getCause());
        }
    }
}
