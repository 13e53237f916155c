/**
 * SQLite: catalog inspection through sqlite_master and the pragma table functions, and table rebuilds for what
 * {@code ALTER TABLE} cannot do.
 */
package io.autogen.dialect.sqlite;
