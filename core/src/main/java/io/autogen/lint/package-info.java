/**
 * Lint: the stage after the comparator (and after replaying a written migration) that checks each operation
 * against a rule table with stable codes, using the model before the operation and, where a database is at hand,
 * its row counts. The generated file, {@code -m}'s output and {@code autogen lint} print the same findings.
 */
package io.autogen.lint;
