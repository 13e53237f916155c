/**
 * Dialects: everything that differs between databases and nothing else. Each dialect package has the same roles:
 * a dialect (registration, version tables, locking), an inspector (catalog → model), types (diff hints) and SQL
 * (operation → statements).
 */
package io.autogen.dialect;
