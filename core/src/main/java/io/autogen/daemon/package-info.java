/**
 * The resident daemon: a socket in the user's cache folder, named after autogen's own class path and the JDK, a
 * client that hands a command line to it when one is listening (and runs it itself otherwise), and the server that
 * runs autogen's read-only commands one at a time. Nothing here knows autogen's commands: the command line plugs
 * them in ({@code io.autogen.cli.DaemonCommand}).
 */
package io.autogen.daemon;
