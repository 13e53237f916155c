package io.autogen;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rooms hold (docs/architecture.md): no package cycles, no code outside a dialect package that knows a
 * database, and a public API whose signatures name only public types.
 */
class ArchitectureTest {
    /** autogen's main classes, both modules (the runtime's and the generator's), without tests. */
    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // the runtime module's classes are a jar when the reactor has packaged it (mvn verify), a folder otherwise
            .withImportOption(location -> !location.isJar() || location.contains("autogen-runtime"))
            .importPackages("io.autogen");

    /**
     * The public API: what applies compiled migrations ({@code io.autogen}), what migrations are written against
     * ({@code io.autogen.api}), the generator's entry ({@code io.autogen.project}), what crosses it both ways
     * ({@code io.autogen.spi}) and the errors ({@code io.autogen.error}). Everything else is internal.
     */
    static final Set<String> PUBLIC = Set.of("io.autogen", "io.autogen.api", "io.autogen.project", "io.autogen.spi",
            "io.autogen.error");

    static final String MODEL = "io.autogen.model";

    @Test
    void theApiMigrationsAreWrittenInDependsOnlyOnTheModelItHandsOver() {
        // the rule: a public package depends on no internal package that is not part of its signatures
        noClasses().that().resideInAPackage("io.autogen.api")
                .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe("internal, not the model",
                        (JavaClass c) -> c.getPackageName().startsWith("io.autogen") && !PUBLIC.contains(c.getPackageName())
                                && !c.getPackageName().equals(MODEL)))
                .check(MAIN);
    }

    /** Literals that name a database or test a URL prefix (as the before-stop hook reads them). */
    static final Pattern DIALECT_LITERAL = Pattern.compile(
            "\"(jdbc:postgresql|jdbc:sqlite|jdbc:mariadb|jdbc:mysql|postgres|postgresql|sqlite|mariadb|mysql)[:\"]",
            Pattern.CASE_INSENSITIVE);

    @Test
    void thereAreClassesToCheck() {
        // both modules: the rules below would pass on nothing
        assertEquals(true, MAIN.contain("io.autogen.runtime.Migrator") && MAIN.contain("io.autogen.workflow.Autogen")
                && MAIN.contain("io.autogen.dialect.postgres.PostgresDialect"), "main classes imported");
    }

    @Test
    void noPackageCycles() {
        slices().assignedFrom(new SliceAssignment() {
            @Override public SliceIdentifier getIdentifierOf(JavaClass c) {
                return SliceIdentifier.of(c.getPackageName());
            }

            @Override public String getDescription() {
                return "each package";
            }
        }).should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void onlyDialectPackagesKnowADialect() {
        noClasses().that().resideOutsideOfPackage("io.autogen.dialect.*..")
                .should().dependOnClassesThat().resideInAPackage("io.autogen.dialect.*..")
                .because("everything that differs between databases is asked through the Dialect boundary")
                .check(MAIN);
    }

    @Test
    void theRuntimeNeedsNothingOfTheGenerator() {
        // the autogen-runtime artifact an application ships: the API, the model, the applier, the dialects, Spring
        noClasses().that().resideInAnyPackage("io.autogen", "io.autogen.api..", "io.autogen.model..",
                        "io.autogen.ops..", "io.autogen.error..", "io.autogen.dialect..", "io.autogen.runtime..",
                        "io.autogen.source.catalog..", "io.autogen.spring..")
                .should().dependOnClassesThat().resideInAnyPackage("io.autogen.workflow..", "io.autogen.project..",
                        "io.autogen.cli..", "io.autogen.config..", "io.autogen.source.entity..",
                        "io.autogen.source.mapping..", "io.autogen.source.hibernate..", "io.autogen.source.isolation..",
                        "io.autogen.compile..", "io.autogen.render..", "io.autogen.lint..", "io.autogen.check..",
                        "io.autogen.diff..", "io.autogen.revision..", "io.autogen.daemon..", "io.autogen.spi..")
                .orShould().dependOnClassesThat().resideInAnyPackage("org.hibernate..", "com.github.javaparser..",
                        "com.github.mustachejava..", "picocli..", "org.eclipse.aether..", "org.apache.maven..",
                        "org.yaml..")
                .check(MAIN);
    }

    @Test
    void springUsesOnlyThePublicApi() {
        noClasses().that().resideInAPackage("io.autogen.spring..")
                .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe("internal",
                        (JavaClass c) -> c.getPackageName().startsWith("io.autogen") && !PUBLIC.contains(c.getPackageName())
                                && !c.getPackageName().startsWith("io.autogen.spring")))
                .check(MAIN);
    }

    @Test
    void noDialectLiteralOutsideTheDialectPackages() throws IOException {
        List<String> leaks = new ArrayList<>();
        for (String root : List.of("runtime/src/main/java", "core/src/main/java", "maven-plugin/src/main/java")) {
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    if (f.toString().contains("/io/autogen/dialect/")) {
                        continue;
                    }
                    List<String> lines = Files.readAllLines(f);
                    for (int i = 0; i < lines.size(); i++) {
                        String code = lines.get(i).replaceAll("//.*$", "");
                        if (DIALECT_LITERAL.matcher(code).find()) {
                            leaks.add(f + ":" + (i + 1));
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), leaks, "a database named outside its dialect package");
    }

    @Test
    void thePublicApiNamesOnlyPublicTypes() {
        Set<String> leaks = new TreeSet<>();
        for (JavaClass c : MAIN) {
            if (!PUBLIC.contains(c.getPackageName()) || !c.getModifiers().contains(JavaModifier.PUBLIC)
                    || isNestedInNonPublic(c)) {
                continue;
            }
            c.getMethods().stream().filter(m -> m.getModifiers().contains(JavaModifier.PUBLIC)).forEach(m -> {
                m.getParameterTypes().forEach(t -> check(leaks, c, m.getName(), t.toErasure()));
                check(leaks, c, m.getName(), m.getReturnType().toErasure());
            });
            c.getConstructors().stream().filter(k -> k.getModifiers().contains(JavaModifier.PUBLIC))
                    .forEach(k -> k.getParameterTypes().forEach(t -> check(leaks, c, "<init>", t.toErasure())));
            c.getFields().stream().filter(f -> f.getModifiers().contains(JavaModifier.PUBLIC))
                    .forEach(f -> check(leaks, c, f.getName(), f.getRawType()));
        }
        assertEquals(Set.of(), leaks, "internal types in the public API's signatures");
    }

    private static boolean isNestedInNonPublic(JavaClass c) {
        return c.getEnclosingClass().map(e -> !e.getModifiers().contains(JavaModifier.PUBLIC)).orElse(false);
    }

    private static void check(Set<String> leaks, JavaClass owner, String member, JavaClass type) {
        JavaClass t = type.isArray() ? type.getBaseComponentType() : type;
        // the builders migrations are written with hand autogen the model records they stand for (toModel)
        boolean modelOfTheApi = owner.getPackageName().equals("io.autogen.api") && t.getPackageName().equals(MODEL);
        if (t.getPackageName().startsWith("io.autogen") && !PUBLIC.contains(t.getPackageName()) && !modelOfTheApi) {
            leaks.add(owner.getName() + "." + member + " names " + t.getName());
        }
    }
}
