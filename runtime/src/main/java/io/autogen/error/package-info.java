/**
 * Errors: one unchecked root, {@link io.autogen.error.AutogenException}, whose message is the one line a user reads.
 * The command line maps it to exit code 2 in one place.
 */
package io.autogen.error;
