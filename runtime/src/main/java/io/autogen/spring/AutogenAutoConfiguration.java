package io.autogen.spring;

import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;

/**
 * Spring Boot start-up: applies the application's compiled migrations to its {@code DataSource} (up to
 * {@code spring.autogen.target}, head by default) before JPA starts, as Flyway's auto-configuration does: the
 * {@code EntityManagerFactory} depends on the {@link AutogenMigrationsInitializer} bean, so that
 * {@code spring.jpa.hibernate.ddl-auto=validate} sees the migrated schema. Off with {@code spring.autogen.enabled=false}.
 *
 * <p>It lives in autogen's own jar, compiled against Spring Boot with {@code provided} scope: an application adds one
 * dependency (the jar its migrations already compile against, and whose annotation processor indexes them), and
 * without Spring Boot on the class path nothing here is ever loaded. The names of Spring Boot's own
 * auto-configurations are given as strings, for Boot 3 and Boot 4, whose packages differ.
 */
@AutoConfiguration(
        afterName = {"org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
                "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration"},
        beforeName = {"org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
                "org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration"})
@ConditionalOnClass(DataSource.class)
@ConditionalOnProperty(prefix = "spring.autogen", name = "enabled", matchIfMissing = true)
public class AutogenAutoConfiguration {
    /** The bean JPA waits for. */
    public static final String BEAN = "autogenMigrations";

    @Bean(name = BEAN)
    public AutogenMigrationsInitializer autogenMigrations(ObjectProvider<DataSource> dataSource, Environment env,
                                                          ResourceLoader resourceLoader) {
        return new AutogenMigrationsInitializer(dataSource.getIfAvailable(),
                env.getProperty("spring.autogen.target", "head"), resourceLoader.getClassLoader());
    }

    /**
     * Makes every {@code EntityManagerFactory} depend on the migrations, whichever Spring Boot version (and whether
     * or not its database-initialization detection is on the class path).
     */
    @Bean
    public static BeanFactoryPostProcessor autogenEntityManagerFactoryDependsOn() {
        return beanFactory -> {
            for (String type : new String[] {"jakarta.persistence.EntityManagerFactory",
                    "org.springframework.orm.jpa.AbstractEntityManagerFactoryBean"}) {
                Class<?> c;
                try {
                    c = Class.forName(type, false, AutogenAutoConfiguration.class.getClassLoader());
                } catch (ClassNotFoundException e) {
                    continue; // no JPA here: nothing waits
                }
                for (String name : beanFactory.getBeanNamesForType(c, true, false)) {
                    String n = name.startsWith("&") ? name.substring(1) : name;
                    if (!beanFactory.containsBeanDefinition(n)) {
                        continue;
                    }
                    BeanDefinition d = beanFactory.getBeanDefinition(n);
                    java.util.Set<String> on = new java.util.LinkedHashSet<>();
                    if (d.getDependsOn() != null) {
                        on.addAll(java.util.List.of(d.getDependsOn()));
                    }
                    on.add(BEAN);
                    d.setDependsOn(on.toArray(String[]::new));
                }
            }
        };
    }
}
