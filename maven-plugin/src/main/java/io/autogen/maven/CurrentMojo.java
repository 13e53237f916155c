package io.autogen.maven;

import io.autogen.project.AutogenProject;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code autogen:current}: the revision the database is at. */
@Mojo(name = "current", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public class CurrentMojo extends AutogenMojo {
    @Override void run(AutogenProject.Project p) {
        var current = p.current();
        getLog().info("autogen: current " + (current.isEmpty() ? "base" : String.join(", ", current)));
    }
}
