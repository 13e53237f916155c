package io.autogen.maven;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The Maven plugin is a client of autogen's public API like any other: it names no internal type. */
class PublicApiOnlyTest {
    /** The public API (docs/architecture.md): the runtime's entry, the migrations' API, the generator's entry, what
     *  crosses it, and the errors. */
    static final Set<String> PUBLIC = Set.of("io.autogen", "io.autogen.api", "io.autogen.project", "io.autogen.spi",
            "io.autogen.error");

    @Test
    void thePluginUsesOnlyThePublicApi() {
        JavaClasses plugin = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS).importPackages("io.autogen.maven");
        noClasses().that().resideInAPackage("io.autogen.maven..")
                .should().dependOnClassesThat(DescribedPredicate.describe("autogen's internals", (JavaClass c) ->
                        c.getPackageName().startsWith("io.autogen") && !c.getPackageName().startsWith("io.autogen.maven")
                                && !PUBLIC.contains(c.getPackageName())))
                .check(plugin);
    }
}
