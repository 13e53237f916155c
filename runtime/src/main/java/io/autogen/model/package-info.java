/**
 * The schema model: immutable, dialect-neutral records that every stage of the pipeline reads and writes.
 * Entities and catalogs are turned into a {@link io.autogen.model.Schema}; the comparator diffs two of them.
 */
package io.autogen.model;
