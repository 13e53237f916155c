package io.autogen.spring;

import java.util.Set;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;

/**
 * Tells Spring Boot that the autogen migrations initialize the database, so that everything that depends on
 * database initialization (JPA, JdbcTemplate users, Spring Batch...) waits for them, as for Flyway.
 */
public class AutogenDatabaseInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {
    @Override protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
        return Set.of(AutogenMigrationsInitializer.class);
    }

    @Override public int getOrder() {
        return 1; // before JPA's own (ddl-auto), as Flyway's
    }
}
