/**
 * MariaDB and MySQL, one package: catalog inspection with a fixed number of bulk {@code information_schema} queries,
 * type, default and check normalising (display widths, {@code tinyint(1)}/{@code bit} as boolean, inline enums,
 * {@code current_timestamp()}), SQL with {@code MODIFY COLUMN} carrying the whole definition, session locks with
 * {@code GET_LOCK}. DDL commits implicitly here, so every revision runs through the outside-transaction path.
 */
package io.autogen.dialect.mariadb;
