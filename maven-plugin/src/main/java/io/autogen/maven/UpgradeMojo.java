package io.autogen.maven;

import io.autogen.project.AutogenProject;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code autogen:upgrade [-Dautogen.target=head]}: applies the migrations to the database. */
@Mojo(name = "upgrade", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public class UpgradeMojo extends AutogenMojo {
    @Parameter(property = "autogen.target", defaultValue = "head")
    String target;

    /** Apply although an applied migration was edited since (as {@code --allow-edited}). */
    @Parameter(property = "autogen.allowEdited", defaultValue = "false")
    boolean allowEdited;

    @Override void run(AutogenProject.Project p) {
        var result = p.upgrade(target, allowEdited, a -> getLog().info("autogen: applied " + a.revision() + " "
                + a.message() + " (" + a.durationMs() + " ms)"));
        result.incomplete().forEach(w -> getLog().warn("autogen: " + w + " (an earlier upgrade; applying that revision"
                + " clears this)"));
        result.edited().forEach(id -> getLog().warn("autogen: " + AutogenProject.Upgraded.editedWarning(id)));
        if (result.applied().isEmpty()) {
            getLog().info("autogen: nothing to upgrade: the database is at "
                    + (result.current().isEmpty() ? "base" : String.join(", ", new java.util.TreeSet<>(result.current()))));
        }
    }
}
