/**
 * Entity stage, the mapper contract: what the entity stage and a Hibernate of any version share ({@link
 * io.autogen.source.mapping.Mapper}, its request and result records, the entity classes, the naming rules for
 * constraints). Loaded by autogen's own class loader only, so both sides speak the same records.
 */
package io.autogen.source.mapping;
