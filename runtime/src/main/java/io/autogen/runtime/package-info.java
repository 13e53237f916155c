/**
 * The runtime: what applies migrations. The {@link io.autogen.runtime.OperationsFacade} turns the calls a migration
 * makes into operations and hands them to one of three backends (JDBC, SQL script, in-memory model); the
 * {@link io.autogen.runtime.Migrator} walks the revision graph and keeps the version tables.
 */
package io.autogen.runtime;
