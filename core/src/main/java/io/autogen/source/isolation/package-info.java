/**
 * Entity stage, which Hibernate maps: the application's version (from its settings or class path), its jars (a
 * build's own, or resolved as Maven would), and the class loader that keeps it apart from the Hibernate bundled with
 * autogen.
 */
package io.autogen.source.isolation;
