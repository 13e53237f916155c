import jakarta.persistence.Entity;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

/**
 * The reference in the benchmarks: what Hibernate itself does for the same work, in a process of its own.
 *   update   : write Hibernate's update script (schema-generation.scripts.action=update) to a file
 *   validate : hbm2ddl validate against the database
 * Usage: java -cp autogen.jar:. HibernateReference update|validate DIALECT_CLASS JDBC_URL CLASSES_DIR ENTITIES_TXT [SCRIPT]
 */
public class HibernateReference {
    public static void main(String[] a) throws Exception {
        java.util.logging.Logger log = java.util.logging.Logger.getLogger("org.hibernate");
        log.setLevel(java.util.logging.Level.SEVERE);
        ClassLoader loader = new URLClassLoader(new URL[] {Path.of(a[3]).toUri().toURL()}, HibernateReference.class.getClassLoader());
        Map<String, Object> s = new HashMap<>();
        s.put("hibernate.dialect", a[1]);
        s.put("jakarta.persistence.jdbc.url", a[2]);
        s.put("hibernate.connection.pool_size", "1");
        if (a[0].equals("update")) {
            s.put("jakarta.persistence.schema-generation.scripts.action", "update");
            s.put("jakarta.persistence.schema-generation.scripts.create-target", a.length > 5 ? a[5] : "/dev/null");
        } else {
            s.put("jakarta.persistence.schema-generation.database.action", "validate");
        }
        var boot = new BootstrapServiceRegistryBuilder().applyClassLoader(loader).build();
        var registry = new StandardServiceRegistryBuilder(boot).applySettings(s).build();
        MetadataSources sources = new MetadataSources(registry);
        for (String name : Files.readAllLines(Path.of(a[4]))) {
            if (!name.isBlank()) {
                Class<?> c = Class.forName(name.trim(), false, loader);
                if (c.isAnnotationPresent(Entity.class)) {
                    sources.addAnnotatedClass(c);
                }
            }
        }
        sources.buildMetadata().buildSessionFactory().close();
        StandardServiceRegistryBuilder.destroy(registry);
    }
}
