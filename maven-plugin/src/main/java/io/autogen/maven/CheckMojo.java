package io.autogen.maven;

import io.autogen.project.AutogenProject;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code autogen:check}: fails the build when the entities and the migrations (and, without
 * {@code -Dautogen.offline}, the database) disagree. Bind it to {@code verify} so that CI fails on drift.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME,
        threadSafe = true)
public class CheckMojo extends AutogenMojo {
    /** Replay the migrations in memory instead of reading the database. */
    @Parameter(property = "autogen.offline", defaultValue = "false")
    boolean offline;

    @Override void run(AutogenProject.Project p) throws MojoFailureException {
        getLog().info("autogen: entities mapped with " + p.hibernate());
        AutogenProject.Check report = p.check(offline);
        if (report.clean()) {
            getLog().info(offline ? "autogen: no drift: the migrations build what the entities describe"
                    : "autogen: no drift: entities, migrations and database agree");
            return;
        }
        StringBuilder text = new StringBuilder("autogen: drift between the entities and the migrations");
        for (AutogenProject.Difference d : report.differences()) {
            text.append("\n  ").append(d.kind()).append(": ").append(d.message());
        }
        text.append("\n  fix: ").append(report.fix());
        throw new MojoFailureException(text.toString());
    }
}
