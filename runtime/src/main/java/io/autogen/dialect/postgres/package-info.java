/** PostgreSQL: catalog inspection with bulk pg_catalog queries, type normalising, SQL, advisory locking. */
package io.autogen.dialect.postgres;
