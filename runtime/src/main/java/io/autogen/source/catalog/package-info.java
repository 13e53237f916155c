/**
 * Catalog stage: the {@link io.autogen.source.catalog.CatalogInspector} contract that each dialect implements,
 * and the filter that keeps autogen's own version tables and excluded tables out of every diff.
 */
package io.autogen.source.catalog;
