/**
 * The command line: thin picocli commands that resolve settings (flag > environment > file > default), call one
 * {@link io.autogen.workflow.Autogen} method and print its result. The only package that reads the environment or exits;
 * exceptions become exit codes in one place ({@link io.autogen.cli.Main}).
 */
package io.autogen.cli;
