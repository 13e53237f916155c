package io.autogen.source.hibernate;

import io.autogen.source.mapping.MappingTarget;

import io.autogen.error.EntityException;
import io.autogen.model.Check;
import io.autogen.model.Column;
import io.autogen.model.ForeignKey;
import io.autogen.model.Index;
import io.autogen.model.Names;
import io.autogen.model.PrimaryKey;
import io.autogen.model.Schema;
import io.autogen.model.Sequence;
import io.autogen.model.Table;
import io.autogen.model.UniqueKey;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.boot.model.relational.SqlStringGenerationContext;
import org.hibernate.boot.model.relational.internal.SqlStringGenerationContextImpl;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.mapping.CheckConstraint;
import org.hibernate.mapping.Selectable;

import io.autogen.source.mapping.ConstraintNames;
import io.autogen.source.mapping.EntityClasses;
import io.autogen.source.mapping.Mapper;
import io.autogen.source.mapping.MappingErrors;

/**
 * Maps entity classes with Hibernate's boot metamodel, for a given dialect and without a connection, and reads
 * its tables into autogen's model: what Hibernate's own schema export would create, constraints SQLite's export
 * leaves out included.
 *
 * <p>This package is the only code that touches Hibernate's boot API. It is compiled against the bundled
 * Hibernate and uses only what Hibernate 6.2 to 7.x all have with the same signatures, so that the same class
 * files run inside the loader of the application's own Hibernate version (see {@code HibernateRuntime}); a
 * generation whose API differed would get its own class here.
 */
public final class HibernateMapper implements Mapper {
    private MappingTarget target;
    private String naming;

    @Override public String hibernateVersion() {
        return org.hibernate.Version.getVersionString();
    }

    @Override public void warmUp(MappingTarget target) {
        map(new Mapper.Request(target, "jpa", Map.of(),
                new EntityClasses(WarmUp.class.getClassLoader(), List.of(WarmUp.class))));
    }

    @Override public Mapper.Mapping map(Mapper.Request request) {
        MappingTarget target = request.target();
        this.target = target;
        this.naming = request.naming();
        EntityClasses entities = request.entities();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(entities.loader()); // Hibernate looks services up there too: never another Hibernate's
        try {
            return map(entities, request.settings());
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private Mapper.Mapping map(EntityClasses entities, Map<String, String> settings) {
        BootstrapServiceRegistry boot = new BootstrapServiceRegistryBuilder()
                .applyClassLoaderService(new EntityClassLoaderService(entities.loader())).build();
        StandardServiceRegistryBuilder builder = new StandardServiceRegistryBuilder(boot);
        settings.forEach(builder::applySetting); // the application's own; what keeps the mapping offline wins
        // the schema action decides the column order (see map below): the application's update, else create
        builder.applySetting("hibernate.hbm2ddl.auto",
                "update".equalsIgnoreCase(settings.getOrDefault("hibernate.hbm2ddl.auto", "").trim()) ? "update" : "create");
        builder.applySetting(AvailableSettings.DIALECT, target.hibernateDialect())
                .applySetting("hibernate.boot.allow_jdbc_metadata_access", "false")
                .applySetting(AvailableSettings.JAKARTA_HBM2DDL_DB_VERSION, target.databaseVersion())
                .applySetting("jakarta.persistence.validation.mode", "none") // applied by hand: see BeanValidation
                .applySetting("hibernate.xml_mapping_enabled", "false"); // annotations only: skips JAXB start-up
        switch (naming) {
            case "jpa" -> builder.applySetting(AvailableSettings.PHYSICAL_NAMING_STRATEGY,
                    PhysicalNamingStrategyStandardImpl.class.getName());
            case "snake" -> { // Spring Boot pairs the physical strategy with its implicit one
                builder.applySetting(AvailableSettings.PHYSICAL_NAMING_STRATEGY, CamelCaseToUnderscoresNamingStrategy.class.getName());
                builder.applySetting(AvailableSettings.IMPLICIT_NAMING_STRATEGY, SpringImplicitNaming.class.getName());
            }
            default -> namingClasses(entities.loader()).forEach(builder::applySetting);
        }
        StandardServiceRegistry registry = builder.build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            entities.classes().forEach(sources::addAnnotatedClass);
            Metadata metadata;
            try {
                metadata = sources.buildMetadata();
            } catch (RuntimeException | LinkageError e) {
                throw new EntityException("entities do not map: " + MappingErrors.oneLine(e, entities.unloadable()), e);
            }
            // as the application's session factory does first (its integrators), and with the same effect on the
            // column order that follows: a provider's constraints (NOT NULL, lengths, checks) when Hibernate's would apply
            String beanValidation = BeanValidation.apply(metadata, registry, settings, entities.loader());
            // the column order of Hibernate's own schema creation for these settings, decided by Hibernate as its
            // session factory does: its create sorts the columns of tables, primary keys and the foreign keys that
            // point at them (by type size, then name); its update creates tables in the mapping's order
            ((org.hibernate.boot.spi.MetadataImplementor) metadata).orderColumns(false);
            return read(metadata, beanValidation);
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }

    /** {@code naming=} class names, each set as the physical or the implicit strategy its type says it is. */
    private Map<String, Object> namingClasses(ClassLoader loader) {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        for (String name : naming.split(",")) {
            Class<?> c;
            try {
                c = Class.forName(name.trim(), false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                throw new EntityException("naming=" + naming + ": class " + name.trim() + " is not among the entity"
                        + " sources or on classpath=: check its name, or add the jar or folder that holds it to classpath=");
            }
            if (org.hibernate.boot.model.naming.PhysicalNamingStrategy.class.isAssignableFrom(c)) {
                out.put(AvailableSettings.PHYSICAL_NAMING_STRATEGY, c.getName());
            } else if (org.hibernate.boot.model.naming.ImplicitNamingStrategy.class.isAssignableFrom(c)) {
                out.put(AvailableSettings.IMPLICIT_NAMING_STRATEGY, c.getName());
            } else {
                throw new EntityException("naming=" + naming + ": " + c.getName() + " is neither a PhysicalNamingStrategy"
                        + " nor an ImplicitNamingStrategy of Hibernate");
            }
        }
        return out;
    }

    private Mapper.Mapping read(Metadata metadata, String note) {
        SqlStringGenerationContext sql = SqlStringGenerationContextImpl.fromExplicit(
                metadata.getDatabase().getJdbcEnvironment(), metadata.getDatabase(), null, null);
        List<Table> tables = new ArrayList<>();
        List<Sequence> sequences = new ArrayList<>();
        for (Namespace ns : metadata.getDatabase().getNamespaces()) {
            for (org.hibernate.mapping.Table t : ns.getTables()) {
                if (t.isPhysicalTable() && t.getViewQuery() == null) {
                    tables.add(table(t, metadata, sql));
                }
            }
            for (org.hibernate.boot.model.relational.Sequence s : ns.getSequences()) {
                sequences.add(new Sequence(name(s.getName().getSequenceName()), s.getInitialValue(), s.getIncrementSize()));
            }
        }
        return new Mapper.Mapping(new Schema(tables, sequences), owners(metadata), note);
    }

    /** Which entity's mapping makes which table (collection tables belong to the collection's owner). */
    private Map<String, Mapper.Owned> owners(Metadata metadata) {
        Map<String, Set<String>> tables = new java.util.TreeMap<>();
        Map<String, org.hibernate.mapping.PersistentClass> classes = new java.util.TreeMap<>();
        for (org.hibernate.mapping.PersistentClass pc : metadata.getEntityBindings()) {
            String owner = pc.getClassName();
            classes.put(owner, pc);
            Set<String> own = tables.computeIfAbsent(owner, k -> new java.util.TreeSet<>());
            own.add(name(pc.getTable().getName(), pc.getTable().isQuoted()));
            for (org.hibernate.mapping.Join j : pc.getJoins()) {
                own.add(name(j.getTable().getName(), j.getTable().isQuoted()));
            }
        }
        for (org.hibernate.mapping.Collection c : metadata.getCollectionBindings()) {
            org.hibernate.mapping.Table t = c.getCollectionTable();
            if (t != null && c.getOwner() != null) {
                tables.computeIfAbsent(c.getOwner().getClassName(), k -> new java.util.TreeSet<>())
                        .add(name(t.getName(), t.isQuoted()));
            }
        }
        Map<String, Mapper.Owned> out = new java.util.TreeMap<>();
        classes.forEach((owner, pc) -> out.put(owner, new Mapper.Owned(pc.getEntityName() + "/" + pc.getJpaEntityName(),
                name(pc.getIdentityTable().getName(), pc.getIdentityTable().isQuoted()), Set.copyOf(tables.get(owner)))));
        return out;
    }

    private String name(org.hibernate.boot.model.naming.Identifier id) {
        return id.isQuoted() ? id.getText() : target.foldCase().apply(id.getText());
    }

    private String name(String text, boolean quoted) {
        return quoted ? text : target.foldCase().apply(text);
    }

    private String columnName(org.hibernate.mapping.Column c) {
        return name(c.getName(), c.isQuoted());
    }

    private List<String> columnNames(List<? extends Selectable> cols) {
        List<String> out = new ArrayList<>();
        for (Selectable s : cols) {
            if (!(s instanceof org.hibernate.mapping.Column c)) {
                throw new EntityException("formula " + s.getText() + " cannot be part of a key or index");
            }
            out.add(columnName(c));
        }
        return out;
    }

    private Table table(org.hibernate.mapping.Table t, Metadata metadata, SqlStringGenerationContext sql) {
        String tableName = name(t.getName(), t.isQuoted());
        List<Column> columns = new ArrayList<>();
        List<Check> checks = new ArrayList<>();
        List<UniqueKey> uniques = new ArrayList<>();
        Set<List<String>> uniqueColumns = new HashSet<>();
        PrimaryKey pk = null;
        if (t.hasPrimaryKey()) {
            List<String> pkCols = columnNames(t.getPrimaryKey().getColumns());
            pk = new PrimaryKey(null, pkCols); // JPA cannot name a primary key: let the database name it
        }
        for (org.hibernate.mapping.Column c : t.getColumns()) {
            String colName = columnName(c);
            String type = c.getSqlType(metadata);
            boolean identity = c.isIdentity();
            if (identity) {
                type = target.identityType().apply(type);
            }
            columns.add(new Column(colName, lowerOutsideQuotes(type),
                    c.isNullable() && !(pk != null && pk.columns().contains(colName)), c.getDefaultValue(),
                    c.getComment(), identity));
            List<String> unnamed = new ArrayList<>();
            for (CheckConstraint k : c.getCheckConstraints()) {
                if (k.isNamed()) {
                    checks.add(new Check(storedName(k.getName()), k.getConstraint()));
                } else {
                    unnamed.add(k.getConstraint());
                }
            }
            if (!unnamed.isEmpty()) {
                // Hibernate writes a column's unnamed checks as one clause, joined by "and" (@Min with @Max makes two);
                // PostgreSQL names it <table>_<column>_check: use the same name
                checks.add(new Check(tableName + "_" + colName + "_check", unnamed.size() == 1 ? unnamed.get(0)
                        : String.join(" and ", unnamed.stream().map(u -> "(" + u + ")").toList())));
            }
            if (c.isUnique() && (pk == null || !pk.columns().equals(List.of(colName)))) {
                List<String> cols = List.of(colName);
                if (uniqueColumns.add(Names.keys(cols))) {
                    uniques.add(new UniqueKey(ConstraintNames.derive(tableName, cols, "key"), cols));
                }
            }
        }
        int n = 0;
        for (CheckConstraint k : t.getChecks()) {
            checks.add(new Check(k.isNamed() ? storedName(k.getName())
                    : tableName + "_check" + (n++ == 0 ? "" : String.valueOf(n - 1)), k.getConstraint()));
        }
        for (org.hibernate.mapping.UniqueKey u : t.getUniqueKeys().values()) {
            List<String> cols = columnNames(u.getColumns());
            if (pk != null && Names.keys(pk.columns()).equals(Names.keys(cols))) {
                continue;
            }
            if (uniqueColumns.add(Names.keys(cols))) {
                uniques.add(new UniqueKey(u.isNameExplicit() && u.getName() != null ? storedName(u.getName())
                        : ConstraintNames.derive(tableName, cols, "key"), cols));
            }
        }
        List<Index> indexes = new ArrayList<>();
        for (org.hibernate.mapping.Index i : t.getIndexes().values()) {
            List<String> cols = columnNames(i.getSelectables());
            indexes.add(new Index(ConstraintNames.generatedByHibernate(i.getName())
                    ? ConstraintNames.derive(tableName, cols, "idx") : storedName(i.getName()), cols, i.isUnique()));
        }
        List<ForeignKey> fks = new ArrayList<>();
        for (org.hibernate.mapping.ForeignKey f : t.getForeignKeys().values()) { // getForeignKeyCollection() is 7.x only
            if (!f.isCreationEnabled() || !f.isPhysicalConstraint() || f.getReferencedTable() == null) {
                continue;
            }
            org.hibernate.mapping.Table ref = f.getReferencedTable();
            List<String> refCols = f.isReferenceToPrimaryKey()
                    ? columnNames(ref.getPrimaryKey().getColumns()) : columnNames(f.getReferencedColumns());
            String onDelete = f.getOnDeleteAction() == null ? null
                    : f.getOnDeleteAction().toSqlString().replace("on delete", "").trim();
            List<String> cols = columnNames(f.getColumns());
            fks.add(new ForeignKey(ConstraintNames.generatedByHibernate(f.getName())
                    ? ConstraintNames.derive(tableName, cols, "fkey") : storedName(f.getName()),
                    cols, name(ref.getName(), ref.isQuoted()), refCols, onDelete));
        }
        fks.sort(java.util.Comparator.comparing(f -> String.valueOf(f.name())));
        return new Table(tableName, columns, pk, indexes, uniques, fks, checks, t.getComment(),
                InitialRows.of(t.getInitCommands(sql), tableName, columns.stream().map(Column::name).toList(), this::storedName), List.of());
    }

    /**
     * A type in lower case, except the quoted values it lists ({@code enum ('SMALL','LARGE')}): they are the values
     * the application writes and reads back, and case matters to them.
     */
    static String lowerOutsideQuotes(String type) {
        StringBuilder out = new StringBuilder(type.length());
        boolean quoted = false;
        for (char ch : type.toCharArray()) {
            if (ch == '\'') {
                quoted = !quoted;
            }
            out.append(quoted ? ch : Character.toLowerCase(ch));
        }
        return out.toString();
    }

    /**
     * A constraint name as the database stores it: Hibernate writes names unquoted unless the mapping quoted them
     * (with backticks or double quotes), so the database folds the rest.
     */
    private String storedName(String written) {
        if (written.length() > 1 && (written.startsWith("`") && written.endsWith("`")
                || written.startsWith("\"") && written.endsWith("\""))) {
            return written.substring(1, written.length() - 1);
        }
        return target.foldCase().apply(written);
    }
}
