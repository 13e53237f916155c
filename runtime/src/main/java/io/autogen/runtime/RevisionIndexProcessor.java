package io.autogen.runtime;

import io.autogen.api.Revision;
import java.io.IOException;
import java.io.Writer;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.StandardLocation;

/**
 * Runs inside javac when an application compiles its migrations with autogen on the class path, and writes the
 * index {@link ClasspathMigrationSource} reads at run time.
 */
@SupportedAnnotationTypes("io.autogen.api.Revision")
public final class RevisionIndexProcessor extends AbstractProcessor {
    private final Set<String> names = new TreeSet<>();

    @Override public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (Element e : round.getElementsAnnotatedWith(Revision.class)) {
            if (e instanceof TypeElement t) {
                names.add(processingEnv.getElementUtils().getBinaryName(t).toString());
            }
        }
        if (round.processingOver() && !names.isEmpty()) {
            try (Writer w = processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "",
                    ClasspathMigrationSource.INDEX).openWriter()) {
                for (String n : names) {
                    w.write(n + "\n");
                }
            } catch (IOException e) {
                processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                        "autogen: cannot write " + ClasspathMigrationSource.INDEX + ": " + e.getMessage());
            }
        }
        return false;
    }
}
