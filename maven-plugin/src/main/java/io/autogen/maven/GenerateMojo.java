package io.autogen.maven;

import io.autogen.project.AutogenProject;
import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn compile autogen:generate -Dautogen.message="add bio column"}: {@code autogen -m MESSAGE}, its lint
 * findings in the build log (errors and warnings as warnings).
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.PROCESS_CLASSES, requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME,
        threadSafe = true)
public class GenerateMojo extends AutogenMojo {
    @Parameter(property = "autogen.message", required = true)
    String message;

    /**
     * Column changes to write as renames, not drop + add: {@code TABLE.OLD=NEW}, comma-separated (as the command
     * line's repeatable {@code --rename}).
     */
    @Parameter(property = "autogen.rename")
    List<String> rename;

    /** Table changes to write as renames, not drop + create: {@code OLD=NEW}, comma-separated (as {@code --rename-table}). */
    @Parameter(property = "autogen.renameTable")
    List<String> renameTable;

    @Override void run(AutogenProject.Project p) {
        getLog().info("autogen: entities mapped with " + p.hibernate());
        var g = p.generate(message, rename == null ? List.of() : rename, renameTable == null ? List.of() : renameTable);
        if (g.file() == null) {
            getLog().info("autogen: no changes: the database matches the entities; no migration written");
            return;
        }
        getLog().info("autogen: generated " + rel(project.getBasedir(), g.file()) + " (revision " + g.revision() + ", "
                + g.operations() + " operation" + (g.operations() == 1 ? "" : "s") + ")");
        for (var f : g.findings()) {
            if (f.severity().equals("info")) {
                getLog().info("autogen: " + f.line());
            } else {
                getLog().warn("autogen: " + f.line());
            }
        }
    }
}
