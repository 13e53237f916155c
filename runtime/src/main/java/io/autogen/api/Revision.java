package io.autogen.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Identity of a migration, read from source without compiling: literal values only (and {@code transactional},
 * a {@code true} or {@code false} literal).
 * {@code parents} is empty for a root and has two or more entries for a merge.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Revision {
    String id();

    String[] parents() default {};

    String message() default "";

    String created() default "";

    /**
     * False for a revision that runs outside a transaction where the database has transactional DDL (PostgreSQL):
     * its statements run one by one, each committed at once, because some cannot run in a transaction
     * ({@code CREATE INDEX CONCURRENTLY}) or help only after a commit ({@code VALIDATE CONSTRAINT}). They are written
     * so that running the revision again after a failure finishes it; the version row is written last, in its own
     * transaction. autogen writes it for the safe forms it generates.
     */
    boolean transactional() default true;
}
