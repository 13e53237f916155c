package io.autogen.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Identity of a migration, read from source without compiling: literal values only.
 * {@code parents} is empty for a root and has two or more entries for a merge.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Revision {
    String id();

    String[] parents() default {};

    String message() default "";

    String created() default "";
}
