/**
 * The public entry point of the generator: {@link io.autogen.project.AutogenProject} runs the workflow on a project
 * folder for the Maven plugin and other library users; everything outside this package, {@code io.autogen.spi},
 * {@code io.autogen.error} and the runtime's {@code io.autogen} and {@code io.autogen.api} is internal.
 */
package io.autogen.project;
