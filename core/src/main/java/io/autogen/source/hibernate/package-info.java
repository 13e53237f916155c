/**
 * Entity stage, the Hibernate side of the mapper contract: Hibernate's boot metamodel → model, Bean Validation's DDL
 * constraints, generator rows. The only package that names Hibernate types; for another Hibernate version its
 * classes are defined again in that version's isolated loader ({@code source.isolation}).
 */
package io.autogen.source.hibernate;
