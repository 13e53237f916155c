package io.autogen.source.hibernate;

import io.autogen.source.mapping.MappingErrors;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.registry.StandardServiceRegistry;

/**
 * Whether the application's Hibernate would apply Bean Validation constraints to its DDL, and if so, applying them
 * ({@link BeanValidationDdl}). Links no {@code jakarta.validation} class itself, so it runs whether the API is
 * there or not; it never fails a mapping: where the constraints cannot be applied, the mapping stays as it was.
 */
final class BeanValidation {
    static final String APPLY_TO_DDL = "hibernate.validator.apply_to_ddl";
    /** The validation mode as Hibernate reads it: the Jakarta name, else the legacy one. */
    static final String[] MODES = {"jakarta.persistence.validation.mode", "javax.persistence.validation.mode"};
    private static final String API = "jakarta.validation.Validation";

    private BeanValidation() {}

    /**
     * Applies what the application's Hibernate would, and says in one line what happened (for {@code -v}).
     *
     * @param settings the application's settings (before autogen turns Hibernate's own validation off)
     * @param entities the entities' loader, the thread's context loader while this runs
     */
    static String apply(Metadata metadata, StandardServiceRegistry registry, Map<String, String> settings,
                        ClassLoader entities) {
        String off = offBySettings(settings);
        if (off != null) {
            return "Bean Validation constraints not applied to the DDL: " + off;
        }
        try {
            if (Class.forName(API, false, entities) != Class.forName(API, false, BeanValidation.class.getClassLoader())) {
                return "Bean Validation constraints not applied to the DDL: the entities and Hibernate see two"
                        + " Jakarta Validation APIs";
            }
        } catch (ClassNotFoundException | LinkageError e) {
            return "Bean Validation constraints not applied to the DDL: no Jakarta Validation on the class path";
        }
        try {
            return "Bean Validation constraints " + BeanValidationDdl.apply(metadata, registry, entities);
        } catch (NoClassDefFoundError e) {
            return "Bean Validation constraints not applied to the DDL: the provider on the class path needs "
                    + MappingErrors.oneLine(e).replace('/', '.') + ", which is not there (add its jar to classpath=)";
        } catch (RuntimeException | LinkageError | ServiceConfigurationError e) {
            return "Bean Validation constraints not applied to the DDL: the provider does not start: "
                    + MappingErrors.oneLine(e);
        }
    }

    /**
     * Why the constraints would not reach the application's DDL under these settings, or null when they would: the
     * JPA validation mode is {@code auto} (the default) or names {@code ddl}, and
     * {@code hibernate.validator.apply_to_ddl} is not false.
     */
    static String offBySettings(Map<String, String> settings) {
        for (String key : MODES) {
            String mode = settings.get(key);
            if (mode != null && !mode.isBlank()) {
                Set<String> modes = Arrays.stream(mode.split(",")).map(m -> m.trim().toLowerCase(Locale.ROOT))
                        .collect(Collectors.toSet());
                if (!modes.contains("auto") && !modes.contains("ddl")) {
                    return key + "=" + mode.trim();
                }
                break;
            }
        }
        String apply = settings.get(APPLY_TO_DDL);
        return apply != null && apply.trim().equalsIgnoreCase("false") ? APPLY_TO_DDL + "=false" : null;
    }
}
