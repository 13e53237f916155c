/**
 * In-memory compilation (javax.tools) and the class cache, shared by the entity stage (entity sources) and the
 * runtime (migration sources).
 */
package io.autogen.compile;
