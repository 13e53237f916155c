package io.autogen;

import io.autogen.dialect.Dialect;
import io.autogen.dialect.Dialects;
import io.autogen.error.DatabaseException;
import io.autogen.runtime.ClasspathMigrationSource;
import io.autogen.runtime.Migrator;
import io.autogen.runtime.revision.RevisionGraph;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * autogen's runtime as a library: what an application calls at start-up, and what the Spring Boot integration
 * calls. {@link #upgrade(DataSource)} applies the migrations compiled into the application (listed in
 * {@value ClasspathMigrationSource#INDEX} by autogen's annotation processor) on a plain JRE, with no compiler, no
 * configuration file and no dependency beyond the JDK (the {@code autogen-runtime} artifact). The whole workflow on a
 * project folder (generate, check, upgrade) is {@code io.autogen.project.AutogenProject}, in the {@code autogen}
 * artifact. Results are small records; {@code io.autogen.api} stays what migrations compile against.
 */
public final class AutogenMigrations {
    private AutogenMigrations() {}

    /** One migration applied: its revision, message and how long it took. */
    public record Applied(String revision, String message, long durationMs) {
        static Applied of(Migrator.Step s) {
            return new Applied(s.revision().id(), s.revision().message(), s.durationMs());
        }
    }

    // ------------------------------------------------------------------ compiled into the application

    /** Applies the application's compiled migrations up to head; returns what it applied, in order. */
    public static List<Applied> upgrade(DataSource dataSource) {
        return upgrade(dataSource, Thread.currentThread().getContextClassLoader(), "head", a -> { });
    }

    /**
     * Applies the compiled migrations {@code loader} sees up to {@code target} (head, heads, +N, a revision),
     * telling {@code progress} of each as it is applied.
     */
    public static List<Applied> upgrade(DataSource dataSource, ClassLoader loader, String target,
                                        Consumer<Applied> progress) {
        return withMigrator(dataSource, loader, (m, c) -> m.upgrade(c, target, s -> progress.accept(Applied.of(s)))
                .stream().map(Applied::of).toList());
    }

    /**
     * The kind of database {@code dataSource} connects to ({@code jdbc:h2}, say) when autogen supports none of that
     * kind; empty when it does. Callers that run on whatever database an application has (Spring start-up) stay
     * out of the way of the others.
     */
    public static java.util.Optional<String> unsupported(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            String url = c.getMetaData().getURL();
            if (Dialects.find(url).isPresent()) {
                return java.util.Optional.empty();
            }
            String[] parts = url == null ? new String[0] : url.split(":", 3);
            return java.util.Optional.of(parts.length >= 2 ? parts[0] + ":" + parts[1] : "this database");
        } catch (SQLException e) {
            throw new DatabaseException("database error: " + e.getMessage(), e);
        }
    }

    /** The databases autogen supports, in words ({@code PostgreSQL, SQLite}): its registered dialects. */
    public static String supported() {
        return Dialects.titles();
    }

    /** The revisions the database is at (empty: base), by the compiled migrations {@code loader} sees. */
    public static Set<String> current(DataSource dataSource, ClassLoader loader) {
        return withMigrator(dataSource, loader, (m, c) -> {
            Set<String> current = m.current(c);
            c.rollback();
            return current;
        });
    }

    private interface MigratorWork<T> {
        T run(Migrator migrator, Connection connection) throws SQLException;
    }

    /**
     * Runs {@code work} on a connection of {@code dataSource} configured as autogen needs it, with a migrator over
     * the compiled migrations {@code loader} sees; the connection's auto-commit is given back as it was.
     */
    private static <T> T withMigrator(DataSource dataSource, ClassLoader loader, MigratorWork<T> work) {
        ClasspathMigrationSource source = new ClasspathMigrationSource(loader);
        RevisionGraph graph = new RevisionGraph(source.revisions());
        try (Connection c = dataSource.getConnection()) {
            Dialect d = Dialects.forUrl(c.getMetaData().getURL());
            boolean autoCommit = c.getAutoCommit();
            d.configure(c);
            try {
                return work.run(new Migrator(d, null, graph, source, Clock.systemUTC()), c);
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new DatabaseException("database error: " + e.getMessage(), e);
        }
    }
}
