/**
 * Drift check: compares the entities, the schema the migrations build (replayed in memory) and, when there is one,
 * the live database, and reports each difference as a line a person can act on.
 */
package io.autogen.check;
