/**
 * Entity stage: finds entity classes (source folders compiled in memory, class folders, jars), has them mapped for
 * the target dialect without connecting ({@link io.autogen.source.entity.EntityModel}), and maps only what an edit
 * reaches when it can ({@link io.autogen.source.entity.IncrementalMapping}). The mapping itself is behind the
 * {@code source.mapping} contract; no Hibernate type appears here.
 */
package io.autogen.source.entity;
