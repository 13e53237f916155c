/**
 * How fix hints spell the commands they name, for every stage that ends a message with a fix: the command line's
 * spelling ({@code autogen upgrade head}) by default, a build tool's ({@code mvn autogen:upgrade}) when it runs autogen.
 */
package io.autogen.hint;
