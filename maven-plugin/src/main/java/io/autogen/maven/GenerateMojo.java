package io.autogen.maven;

import io.autogen.AutogenMigrations;
import java.nio.file.Path;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code mvn compile autogen:generate -Dautogen.message="add bio column"}: {@code autogen -m MESSAGE}. */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.PROCESS_CLASSES, requiresDependencyResolution = ResolutionScope.COMPILE,
        threadSafe = true)
public class GenerateMojo extends AutogenMojo {
    @Parameter(property = "autogen.message", required = true)
    String message;

    @Override void run(AutogenMigrations.Project p) {
        getLog().info("autogen: entities mapped with " + p.hibernate());
        Path file = p.generate(message);
        if (file == null) {
            getLog().info("autogen: no changes: the database matches the entities; no migration written");
        } else {
            getLog().info("autogen: generated " + rel(project.getBasedir(), file));
        }
    }
}
