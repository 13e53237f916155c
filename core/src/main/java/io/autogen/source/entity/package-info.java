/**
 * Entity stage: finds entity classes (source folders compiled in memory, class folders, jars), maps them with
 * Hibernate's boot metamodel for the target dialect without connecting, and turns the tables into the model.
 * Hibernate types appear in this package and nowhere else.
 */
package io.autogen.source.entity;
