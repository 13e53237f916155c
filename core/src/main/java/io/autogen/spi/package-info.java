/**
 * What a client of autogen plugs in (public, with {@link io.autogen.project}): how fix hints spell the commands they
 * name (the command line's {@code autogen upgrade head} by default, a build tool's {@code mvn autogen:upgrade} when it
 * runs autogen), and where the jars of the application's Hibernate come from (a build that resolved them already).
 */
package io.autogen.spi;
