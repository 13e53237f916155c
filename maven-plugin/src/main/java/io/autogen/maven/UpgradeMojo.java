package io.autogen.maven;

import io.autogen.AutogenMigrations;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code autogen:upgrade [-Dautogen.target=head]}: applies the migrations to the database. */
@Mojo(name = "upgrade", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public class UpgradeMojo extends AutogenMojo {
    @Parameter(property = "autogen.target", defaultValue = "head")
    String target;

    @Override void run(AutogenMigrations.Project p) {
        var applied = p.upgrade(target, a -> getLog().info("autogen: applied " + a.revision() + " " + a.message()
                + " (" + a.durationMs() + " ms)"));
        if (applied.isEmpty()) {
            getLog().info("autogen: nothing to upgrade");
        }
    }
}
