package io.autogen.source.entity;

import io.autogen.compile.ClassCache;
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
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Path;
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

/**
 * Maps entity classes with Hibernate's boot metamodel, for a given dialect and without a connection, and reads
 * its tables into the model: what Hibernate's own schema export would create, constraints SQLite's export leaves
 * out included.
 */
public final class EntityModel {
    /** The dialect facts the mapping needs. */
    public record Target(String hibernateDialect, UnaryOperator<String> foldCase, UnaryOperator<String> identityType,
                         String databaseVersion) {}

    private final Target target;
    private final String naming;
    private final Map<String, String> settings;

    /** @param naming {@code jpa} (Hibernate's default) or {@code snake} (Spring Boot's CamelCaseToUnderscores) */
    public EntityModel(Target target, String naming) {
        this(target, naming, Map.of());
    }

    /**
     * @param naming   {@code jpa}, {@code snake}, or naming strategy class names, comma-separated (each a physical
     *                 or an implicit strategy, loaded with the entities)
     * @param settings {@code hibernate.*} settings of the application: they can change the DDL
     */
    public EntityModel(Target target, String naming, Map<String, String> settings) {
        this.target = target;
        this.naming = naming;
        this.settings = new java.util.TreeMap<>(settings);
    }

    /**
     * The schema of the entities under {@code paths}, from the cache when nothing they depend on changed since it
     * was mapped (a pre-commit check of a commit that touched no entity skips Hibernate entirely).
     */
    public Schema load(EntityDiscovery discovery, List<Path> paths, ClassCache cache) {
        String key = ClassCache.hash(discovery.fingerprint(paths), target.hibernateDialect(), target.databaseVersion(),
                naming, settings.toString(), org.hibernate.Version.getVersionString(), String.valueOf(SCHEMA_FORMAT));
        Map<String, byte[]> hit = cache.get("schema", key);
        if (hit != null && hit.containsKey("schema")) {
            try (var in = new ObjectInputStream(new ByteArrayInputStream(hit.get("schema")))) {
                return (Schema) in.readObject();
            } catch (IOException | ClassNotFoundException | ClassCastException e) {
                // an entry from another build of autogen: map again, and the put below replaces it
            }
        }
        Schema schema = load(discovery.discover(paths));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (var out = new ObjectOutputStream(bytes)) {
            out.writeObject(schema);
        } catch (IOException e) {
            throw new IllegalStateException("the schema model is serializable", e);
        }
        cache.put("schema", key, Map.of("schema", bytes.toByteArray()));
        return schema;
    }

    /** Bumped when the model records change shape, so that old cache entries are not read. */
    private static final int SCHEMA_FORMAT = 2;

    public Schema load(EntityClasses entities) {
        BootstrapServiceRegistry boot = new BootstrapServiceRegistryBuilder().applyClassLoader(entities.loader()).build();
        StandardServiceRegistryBuilder builder = new StandardServiceRegistryBuilder(boot);
        settings.forEach(builder::applySetting); // the application's own; what keeps the mapping offline wins
        builder.applySetting(AvailableSettings.DIALECT, target.hibernateDialect())
                .applySetting("hibernate.boot.allow_jdbc_metadata_access", "false")
                .applySetting(AvailableSettings.JAKARTA_HBM2DDL_DB_VERSION, target.databaseVersion())
                .applySetting("jakarta.persistence.validation.mode", "none")
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
                throw new EntityException("entities do not map: " + oneLine(e, entities.unloadable()), e);
            }
            // the column order Hibernate's own schema export uses (by type size, then name): primary keys and the
            // foreign keys that point at them follow it, so a composite key comes out as Hibernate creates it
            ((org.hibernate.boot.spi.MetadataImplementor) metadata).orderColumns(true);
            return read(metadata);
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

    /**
     * The one line that says why the mapping failed. A class missing from the class path (anywhere in the cause
     * chain: Hibernate wraps it in reflection's InvocationTargetException, whose own message is empty) is named
     * with the class that needs it, when discovery saw which one that is, and what to do.
     */
    static String oneLine(Throwable e, Map<String, String> unloadable) {
        String missing = null;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof NoClassDefFoundError) { // the class being defined lacks it: the most precise name
                missing = t.getMessage();
                break;
            }
            if (missing == null && t instanceof ClassNotFoundException) {
                missing = t.getMessage();
            } else if (missing == null && t instanceof TypeNotPresentException tnp && !tnp.typeName().startsWith("[")) {
                missing = tnp.typeName(); // an annotation's class value: "[unknown]" when reflection lost the name
            }
        }
        if (missing == null) {
            return oneLine(e);
        }
        String slashes = missing.replace('.', '/');
        String needer = unloadable.entrySet().stream().filter(u -> u.getValue().replace('.', '/').equals(slashes))
                .map(Map.Entry::getKey).findFirst().orElse(null);
        return (needer == null ? "the entities need " : "class " + needer + " needs ") + missing
                + ", which is not on the class path: add its jar to classpath= in autogen.properties";
    }

    static String oneLine(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t && t.getMessage() != null
                && t.getCause().getMessage() != null && t.getMessage().contains(t.getCause().getMessage())) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return m.lines().findFirst().orElse(m);
    }

    private Schema read(Metadata metadata) {
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
        return ConstraintNames.unique(new Schema(tables, sequences));
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
            columns.add(new Column(colName, type.toLowerCase(Locale.ROOT),
                    c.isNullable() && !(pk != null && pk.columns().contains(colName)), c.getDefaultValue(),
                    c.getComment(), identity));
            for (CheckConstraint k : c.getCheckConstraints()) {
                // PostgreSQL names an unnamed column check <table>_<column>_check: use the same name
                checks.add(new Check(k.isNamed() ? storedName(k.getName()) : tableName + "_" + colName + "_check",
                        k.getConstraint()));
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
        for (org.hibernate.mapping.ForeignKey f : t.getForeignKeyCollection()) {
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
                InitialRows.of(t.getInitCommands(sql), tableName, this::storedName), List.of());
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
