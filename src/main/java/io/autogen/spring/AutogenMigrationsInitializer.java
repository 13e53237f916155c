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
            applied = AutogenMigrations.upgrade(dataSource, loader, target, a -> LOG.log(System.Logger.Level.INFO,
                    "autogen: applied " + a.revision() + " " + a.message() + " (" + a.durationMs() + " ms)"));
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
