package io.autogen.source.hibernate;

import jakarta.validation.Configuration;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.spi.ValidationProvider;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.internal.ClassLoaderAccessImpl;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.classloading.spi.ClassLoaderService;
import org.hibernate.boot.spi.ClassLoaderAccess;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.config.spi.ConfigurationService;

/**
 * What Hibernate's {@code BeanValidationIntegrator} does to the DDL when an application's session factory starts:
 * with a Bean Validation provider on the class path, {@code @NotNull}, {@code @NotBlank}, {@code @NotEmpty} make
 * columns NOT NULL, {@code @Size(max)} sets lengths, {@code @Min}, {@code @Max}, {@code @Digits} make checks or
 * precisions. autogen builds only the boot metamodel, where the integrator does not run, so it applies Hibernate's
 * own {@code TypeSafeActivator.applyRelationalConstraints} (the same signature in 6.6, 7.1 and 7.4) when the
 * application's settings and class path would have Hibernate apply it; else nothing changes.
 *
 * <p>This class links {@code jakarta.validation}: {@link BeanValidation} loads it only once the API is visible to
 * Hibernate and to the entities as one and the same, and whatever goes wrong here leaves the mapping as it was.
 */
final class BeanValidationDdl {
    private static final String ACTIVATOR = "org.hibernate.boot.beanvalidation.TypeSafeActivator";

    private BeanValidationDdl() {}

    /**
     * Applies the provider's constraints to the entity bindings of {@code metadata}, as the application's Hibernate
     * does before it creates the schema, with the first provider the entities' loader has (as {@code Validation}
     * takes the first). Returns what was done, for {@code -v}.
     */
    static String apply(Metadata metadata, StandardServiceRegistry registry, ClassLoader entities) {
        // the providers the entities' loader sees (Validation's own fallback, the API's loader, is autogen's: not
        // the application's class path)
        List<ValidationProvider<?>> providers = new ArrayList<>();
        ServiceLoader.load(ValidationProvider.class, entities).forEach(providers::add);
        if (providers.isEmpty()) {
            return "not applied to the DDL: no Bean Validation provider on the class path";
        }
        Configuration<?> configuration = Validation.byDefaultProvider().providerResolver(() -> providers).configure();
        // messages are never interpolated here: a trivial interpolator spares the provider an Expression Language
        try (ValidatorFactory factory = configuration.messageInterpolator(new Verbatim()).buildValidatorFactory()) {
            applyRelationalConstraints().invoke(null, factory, metadata.getEntityBindings(),
                    registry.requireService(ConfigurationService.class).getSettings(),
                    metadata.getDatabase().getDialect(),
                    new ClassLoaderAccessImpl(null, registry.getService(ClassLoaderService.class)));
            return "applied to the DDL, as the application's Hibernate does (provider "
                    + providers.get(0).getClass().getName() + ")";
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e.getCause() instanceof RuntimeException r ? r
                    : new IllegalStateException(String.valueOf(e.getCause()), e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Hibernate's {@code TypeSafeActivator.applyRelationalConstraints(ValidatorFactory, Collection<PersistentClass>,
     * Map, Dialect, ClassLoaderAccess)}: public and static, with these parameters in 6.6, 7.1 and 7.4, but in a class
     * that is not public, hence reflection.
     */
    private static Method applyRelationalConstraints() {
        try {
            Method m = Class.forName(ACTIVATOR, true, Metadata.class.getClassLoader()).getDeclaredMethod(
                    "applyRelationalConstraints", ValidatorFactory.class, java.util.Collection.class, java.util.Map.class,
                    Dialect.class, ClassLoaderAccess.class);
            m.setAccessible(true);
            return m;
        } catch (ClassNotFoundException | NoSuchMethodException e) {
            throw new IllegalStateException("this Hibernate has no " + ACTIVATOR + ".applyRelationalConstraints", e);
        }
    }

    /** Message templates as written. */
    private static final class Verbatim implements MessageInterpolator {
        @Override public String interpolate(String template, Context context) {
            return template;
        }

        @Override public String interpolate(String template, Context context, Locale locale) {
            return template;
        }
    }
}
