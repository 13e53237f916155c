package io.autogen.spring;

import io.autogen.AutogenMigrations;
import io.autogen.error.AutogenException;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.InitializingBean;

/** Applies the compiled migrations when the context creates it, before anything that depends on the database. */
public class AutogenMigrationsInitializer implements InitializingBean {
    private static final System.Logger LOG = System.getLogger(AutogenMigrationsInitializer.class.getName());

    private final DataSource dataSource;
    private final String target;
    private final ClassLoader loader;
    private List<AutogenMigrations.Applied> applied = List.of();

    public AutogenMigrationsInitializer(DataSource dataSource, String target, ClassLoader loader) {
        this.dataSource = dataSource;
        this.target = target;
        this.loader = loader;
    }

    @Override public void afterPropertiesSet() {
        if (dataSource == null) {
            LOG.log(System.Logger.Level.WARNING, "autogen: no DataSource in the application context: no migration applied");
            return;
        }
        try {
            var other = AutogenMigrations.unsupported(dataSource);
            if (other.isPresent()) {
                // as Flyway stays out of the way: a test context on H2, say, starts as it did without autogen
                LOG.log(System.Logger.Level.WARNING, "autogen: " + other.get() + " is not a database autogen supports"
                        + " (" + AutogenMigrations.supported() + "): no migration applied (spring.autogen.enabled=false turns autogen off)");
                return;
            }
            applied = AutogenMigrations.upgrade(dataSource, loader, target, a -> LOG.log(System.Logger.Level.INFO,
                    "autogen: applied " + a.revision() + " " + a.message() + " (" + a.durationMs() + " ms)"));
            if (applied.isEmpty()) {
                var current = AutogenMigrations.current(dataSource, loader);
                LOG.log(System.Logger.Level.INFO, current.isEmpty()
                        ? "autogen: no migration on the class path (none compiled into the application): nothing applied"
                        : "autogen: schema is up to date at " + String.join(", ", new java.util.TreeSet<>(current))
                        + " (" + target + "): no migration necessary");
            }
        } catch (AutogenException e) {
            // start-up stops with autogen's one line, as the command line would print it
            throw new AutogenStartupException("autogen: error: " + e.getMessage(), e);
        }
    }

    /** The migrations this start applied, in order (empty when the database was at the target already). */
    public List<AutogenMigrations.Applied> applied() {
        return applied;
    }

    /** Why the application did not start: autogen's one-line error. */
    public static final class AutogenStartupException extends IllegalStateException {
        AutogenStartupException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
