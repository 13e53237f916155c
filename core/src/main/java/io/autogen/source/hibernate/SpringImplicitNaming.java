package io.autogen.source.hibernate;

import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.ImplicitJoinTableNameSource;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl;

/**
 * Spring Boot's implicit naming, for {@code naming=snake}: a join table is named after the owning table and the
 * attribute ({@code customer_teams}), not after both entities ({@code Customer_Team}) as JPA's default does. The
 * same rule as Spring Boot's {@code SpringImplicitNamingStrategy}, written here so that Spring is not needed.
 */
public final class SpringImplicitNaming extends ImplicitNamingStrategyJpaCompliantImpl {
    @Override public Identifier determineJoinTableName(ImplicitJoinTableNameSource source) {
        String name = source.getOwningPhysicalTableName() + "_" + source.getAssociationOwningAttributePath().getProperty();
        return toIdentifier(name, source.getBuildingContext());
    }
}
