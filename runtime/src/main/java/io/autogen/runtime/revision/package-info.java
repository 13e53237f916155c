/**
 * Revisions: ids, parents, the graph they form, heads, merges and target resolution, read from migration sources
 * with JavaParser and never compiled for that.
 */
package io.autogen.runtime.revision;
