/**
 * Schema operations: the comparator's output, the renderer's input, and what the runtime applies.
 * Each operation is data that carries what its inverse needs, so a downgrade is the upgrade reversed.
 */
package io.autogen.ops;
