/** Producers of the schema model: entities (through Hibernate's boot metamodel) and live catalogs. */
package io.autogen.source;
