package io.autogen.maven;

import io.autogen.error.AutogenException;
import io.autogen.project.AutogenProject;
import io.autogen.spi.Overrides;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;

/**
 * What the goals share: the project's settings, resolved as the command line resolves them (the build's values
 * taking the place of flags: its compiled classes as the entities, its dependency class path as
 * {@code classpath}), and autogen's errors as one-line build failures.
 */
abstract class AutogenMojo extends AbstractMojo {
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    /** The database URL, over everything else (as {@code --url}). */
    @Parameter(property = "autogen.url")
    String url;

    /** The application's profile whose settings to read (as {@code --profile}). */
    @Parameter(property = "autogen.profile")
    String profile;

    /** A configuration file other than {@code autogen.properties} (as {@code -c}). */
    @Parameter(property = "autogen.config")
    String config;

    @Parameter(property = "autogen.skip", defaultValue = "false")
    boolean skip;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    /** Maven's own resolver: what the application's Hibernate needs beyond the class path comes from it. */
    @Component
    RepositorySystem repositorySystem;

    @Override public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("autogen: skipped");
            return;
        }
        try {
            run(project());
        } catch (AutogenException e) {
            throw new MojoExecutionException("autogen: error: " + e.getMessage(), e);
        }
    }

    abstract void run(AutogenProject.Project project) throws MojoFailureException;

    private AutogenProject.Project project() {
        Path base = project.getBasedir().toPath();
        Path classes = Path.of(project.getBuild().getOutputDirectory());
        // the compiled classes when the build compiled them (converters, custom types and libraries come along);
        // else the entity sources, as on the command line
        String entities = hasClasses(classes) ? classes.toString() : null;
        List<String> cp = new ArrayList<>();
        try {
            for (String e : project.getCompileClasspathElements()) {
                if (!Path.of(e).equals(classes)) {
                    cp.add(e);
                }
            }
        } catch (org.apache.maven.artifact.DependencyResolutionRequiredException e) {
            throw new io.autogen.error.ConfigException("the project's class path is not resolved: " + e.getMessage());
        }
        // the application's Hibernate runs with its runtime dependencies (hibernate-core declares jboss-logging,
        // byte-buddy and others in runtime scope): the goals that map entities resolve the runtime class path
        List<Path> runtime = new ArrayList<>();
        try {
            for (String e : project.getRuntimeClasspathElements()) {
                runtime.add(Path.of(e));
            }
        } catch (org.apache.maven.artifact.DependencyResolutionRequiredException e) {
            throw new io.autogen.error.ConfigException("the project's class path is not resolved: " + e.getMessage());
        }
        var jars = new MavenHibernateJars(runtime, repositorySystem, session.getRepositorySession(), project.getRemoteProjectRepositories());
        var p = AutogenProject.open(base, System.getenv(), new Overrides(config, url,
                entities, null, profile, cp.isEmpty() ? null : String.join(",", cp)), jars, new MavenCommands());
        p.origins().forEach((k, origin) -> getLog().debug("autogen: " + k + " from " + origin));
        getLog().info("autogen: entities from " + (entities != null ? project.getBasedir().toPath().relativize(classes)
                : p.origins().get("entities") + " " + p.setting("entities")) + ", database from "
                + p.origins().get("url"));
        return p;
    }

    private static boolean hasClasses(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (var s = Files.walk(dir)) {
            return s.anyMatch(f -> f.toString().endsWith(".class"));
        } catch (java.io.IOException e) {
            return false;
        }
    }

    static String rel(File base, Path p) {
        return p.startsWith(base.toPath()) ? base.toPath().relativize(p).toString() : p.toString();
    }
}
