/**
 * Revision stage, reading: migration source files → revision headers (id, parents, message, flags) with JavaParser,
 * without compiling; the graph itself is the runtime's ({@code io.autogen.runtime.revision}).
 */
package io.autogen.revision;
