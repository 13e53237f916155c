package io.autogen.source.mapping;

import io.autogen.dialect.Dialect;
import java.util.function.UnaryOperator;

/**
 * The dialect facts the mapping needs: Hibernate's dialect class and the server version it writes DDL for, how the
 * database folds unquoted names, and the type an identity column is declared with.
 */
public record MappingTarget(String hibernateDialect, UnaryOperator<String> foldCase, UnaryOperator<String> identityType,
                            String databaseVersion) {
    /** What {@code dialect}'s database needs of the mapping. */
    public static MappingTarget of(Dialect dialect) {
        return new MappingTarget(dialect.hibernateDialect(), dialect::foldCase, dialect::identityType,
                dialect.serverVersion());
    }
}
