package io.autogen.config;

import io.autogen.cli.BadInputTest;

import io.autogen.cli.AppProject;
import io.autogen.cli.JsonReader;
import io.autogen.cli.Project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.autogen.fixtures.TestDb;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** autogen in a Spring Boot, Quarkus or plain JPA project with no autogen.properties: it reads what the application declares. */
class ApplicationSettingsTest {
    @TempDir Path dir;

    /** A Project on {@code app} whose autogen.properties is removed: the application's own files are all there is. */
    private Project project(Path app) throws Exception {
        Project p = new Project(app, TestDb.sqlite(dir));
        Files.delete(app.resolve("autogen.properties"));
        Files.delete(app.resolve("entities"));
        return p;
    }

    @Test
    void aSpringBootProjectNeedsNoConfigurationFile() throws Exception {
        Path app = AppProject.copy(dir.resolve("shop"));
        Project p = project(app);
        Path db = dir.resolve("data/shop.db");
        Files.createDirectories(db.getParent());
        var r = p.runWithEnv(Map.of("SHOP_DB", db.toString()), "-v", "-m", "init");
        assertEquals(0, r.code(), r.toString());
        String m = p.lastMigration();
        // Spring Boot's naming, though application.properties says nothing of it
        assertTrue(m.contains("op.createTable(\"customer_order\""), m);
        assertTrue(m.contains("column(\"customer_name\", \"varchar(80)\")"), m);
        // the converter from the library jar (a system dependency in pom.xml) maps Money to a number
        assertTrue(m.contains("column(\"total_price\", \"bigint\")"), m);
        // the database of spring.datasource.url, its ${SHOP_DB} from the environment
        assertTrue(r.out().contains("setting url = jdbc:sqlite:" + db + "  ["), "migration generated against " + db + ": " + r.out());
        assertFalse(Files.exists(app.resolve("autogen.db")));
        // -v says where each value came from, and never prints the password
        assertTrue(r.out().contains("spring.datasource.url in src/main/resources/application.properties"), r.out());
        assertTrue(r.out().contains("setting naming = snake  [Spring Boot's default naming"), r.out());
        assertTrue(r.out().contains("[dependencies in pom.xml]"), r.out());
        assertTrue(r.out().contains("setting entities = src/main/java  [default]"), r.out());
        assertFalse((r.out() + r.err()).contains("never-printed"), r.out());
    }

    @Test
    void precedenceIsFlagEnvironmentFileApplicationDefault() throws Exception {
        Path app = AppProject.copy(dir.resolve("shop"));
        Project p = project(app);
        Path fileDb = dir.resolve("file.db"), envDb = dir.resolve("env.db");
        Files.writeString(app.resolve("autogen.properties"), "url=jdbc:sqlite:" + fileDb + "\nnaming=jpa\n");
        var r = p.runWithEnv(Map.of("SHOP_DB", dir.resolve("app.db").toString()), "-v", "history");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("setting url = jdbc:sqlite:" + fileDb + "  [autogen.properties]"), r.out());
        assertTrue(r.out().contains("setting naming = jpa  [autogen.properties]"), r.out());
        r = p.runWithEnv(Map.of("AUTOGEN_URL", "jdbc:sqlite:" + envDb), "-v", "history");
        assertTrue(r.out().contains("setting url = jdbc:sqlite:" + envDb + "  [environment AUTOGEN_URL]"), r.out());
        r = p.runWithEnv(Map.of("AUTOGEN_URL", "jdbc:sqlite:" + envDb), "-v", "history", "--url", "jdbc:sqlite:" + fileDb);
        assertTrue(r.out().contains("[--url]"), r.out());
    }

    @Test
    void aPlaceholderWithoutDefaultOrAMissingProfileIsOneLine() throws Exception {
        Path app = AppProject.copy(dir.resolve("shop"));
        Project p = project(app);
        Files.writeString(app.resolve("src/main/resources/application.properties"), "spring.datasource.url=${DB_URL}\n");
        BadInputTest.oneLineError(p.run("current"), "spring.datasource.url in src/main/resources/application.properties:"
                + " ${DB_URL} is not set and has no default");
        // the flag wins, so the placeholder is never needed
        var ok = p.run("history", "--url", "jdbc:sqlite:" + dir.resolve("x.db"));
        assertEquals(0, ok.code(), ok.toString());
        BadInputTest.oneLineError(p.runWithEnv(Map.of("SPRING_PROFILES_ACTIVE", "staging"), "history"),
                "profile staging (from SPRING_PROFILES_ACTIVE) does not exist");
    }

    @Test
    void yamlWithAProfileFile() throws Exception {
        Path app = AppProject.copy(dir.resolve("shop"));
        Project p = project(app);
        Files.delete(app.resolve("src/main/resources/application.properties"));
        Files.writeString(app.resolve("src/main/resources/application.yml"), """
                spring:
                  datasource:
                    url: jdbc:sqlite:${DB_DIR:/tmp}/dev.db
                  jpa:
                    properties:
                      hibernate:
                        default_schema: shop
                        type.preferred_instant_jdbc_type: TIMESTAMP
                    hibernate:
                      naming:
                        physical-strategy: org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl
                        implicit-strategy: org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl
                """);
        Files.writeString(app.resolve("src/main/resources/application-ci.yml"), """
                spring.datasource.url: jdbc:sqlite:${DB_DIR}/ci.db
                """);
        var r = p.runWithEnv(Map.of("DB_DIR", dir.toString()), "-v", "history", "--profile", "ci");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("setting url = jdbc:sqlite:" + dir + "/ci.db  [spring.datasource.url in"
                + " src/main/resources/application-ci.yml]"), r.out());
        assertTrue(r.out().contains("setting naming = jpa  ["), r.out());
        assertTrue(r.out().contains("setting schema = shop  [spring.jpa.properties.hibernate.default_schema"), r.out());
        assertTrue(r.out().contains("setting hibernate.type.preferred_instant_jdbc_type = TIMESTAMP"), r.out());
        r = p.runWithEnv(Map.of("DB_DIR", dir.toString()), "-v", "history");
        assertTrue(r.out().contains("setting url = jdbc:sqlite:" + dir + "/dev.db  ["), r.out());
    }

    @Test
    void quarkusAndPersistenceXml() throws Exception {
        Path app = dir.resolve("q");
        Project p = project(app);
        Files.createDirectories(app.resolve("src/main/resources/META-INF"));
        Files.writeString(app.resolve("src/main/resources/application.properties"), """
                quarkus.datasource.jdbc.url=jdbc:postgresql://db.example:5432/prod
                %dev.quarkus.datasource.jdbc.url=jdbc:sqlite:/tmp/quarkus-dev.db
                quarkus.datasource.username=app
                """);
        var r = p.runWithEnv(Map.of("QUARKUS_PROFILE", "dev"), "-v", "history");
        assertTrue(r.out().contains("setting url = jdbc:sqlite:/tmp/quarkus-dev.db  [%dev.quarkus.datasource.jdbc.url"),
                r.toString());
        assertTrue(r.out().contains("setting naming = jpa  [default]"), r.out());
        Files.delete(app.resolve("src/main/resources/application.properties"));
        Files.writeString(app.resolve("src/main/resources/META-INF/persistence.xml"), """
                <persistence xmlns="https://jakarta.ee/xml/ns/persistence" version="3.0">
                  <persistence-unit name="app">
                    <class>app.Thing</class>
                    <properties>
                      <property name="jakarta.persistence.jdbc.url" value="jdbc:sqlite:/tmp/jpa.db"/>
                      <property name="hibernate.physical_naming_strategy" value="org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy"/>
                    </properties>
                  </persistence-unit>
                </persistence>
                """);
        r = p.run("-v", "history");
        assertTrue(r.out().contains("setting url = jdbc:sqlite:/tmp/jpa.db  [jakarta.persistence.jdbc.url in"
                + " src/main/resources/META-INF/persistence.xml]"), r.toString());
        assertTrue(r.out().contains("setting naming = org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy"),
                r.out());
    }

    /** The JPA validation mode decides whether Bean Validation constraints reach the DDL: it reaches the mapping. */
    @Test
    void theValidationModeIsReadFromSpringPropertiesAndPersistenceXml() throws Exception {
        Path app = dir.resolve("v");
        Project p = project(app);
        Files.createDirectories(app.resolve("src/main/resources/META-INF"));
        Files.writeString(app.resolve("src/main/resources/application.properties"), """
                spring.datasource.url=jdbc:sqlite:/tmp/v.db
                spring.jpa.properties.javax.persistence.validation.mode=callback
                spring.jpa.properties.hibernate.validator.apply_to_ddl=false
                """);
        var r = p.run("-v", "history");
        assertTrue(r.out().contains("setting javax.persistence.validation.mode = callback  [spring.jpa.properties."
                + "javax.persistence.validation.mode in src/main/resources/application.properties]"), r.toString());
        assertTrue(r.out().contains("setting hibernate.validator.apply_to_ddl = false  ["), r.toString());
        Files.delete(app.resolve("src/main/resources/application.properties"));
        Files.writeString(app.resolve("src/main/resources/META-INF/persistence.xml"), """
                <persistence xmlns="https://jakarta.ee/xml/ns/persistence" version="3.0">
                  <persistence-unit name="app">
                    <validation-mode>NONE</validation-mode>
                    <properties>
                      <property name="jakarta.persistence.jdbc.url" value="jdbc:sqlite:/tmp/jpa.db"/>
                    </properties>
                  </persistence-unit>
                </persistence>
                """);
        r = p.run("-v", "history");
        assertTrue(r.out().contains("setting jakarta.persistence.validation.mode = NONE  [validation-mode in"
                + " src/main/resources/META-INF/persistence.xml]"), r.toString());
    }
}
