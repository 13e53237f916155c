/**
 * The commands' workflows: each wires the stages for one command (generate, apply, check, lint, orientation) and
 * returns a result object; printing is the caller's. Clients reach them through {@code io.autogen.project} (library,
 * Maven plugin) or the command line.
 */
package io.autogen.workflow;
