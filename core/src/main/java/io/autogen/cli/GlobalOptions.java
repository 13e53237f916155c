package io.autogen.cli;

import picocli.CommandLine.Option;

/** Options every command accepts, before or after the subcommand name. */
public final class GlobalOptions {
    @Option(names = {"-c", "--config"}, paramLabel = "FILE", description = "configuration file (default: autogen.properties)")
    String config;

    @Option(names = "--url", paramLabel = "JDBC_URL", description = "database URL (default: jdbc:sqlite:autogen.db)")
    String url;

    @Option(names = "--entities", paramLabel = "PATH[,PATH]", description = "entity source folders, class folders or jars")
    String entities;

    @Option(names = "--migrations", paramLabel = "DIR", description = "migrations folder (default: migrations)")
    String migrations;

    @Option(names = "--profile", paramLabel = "PROFILE", description = "the application's profile (Spring Boot, Quarkus) whose settings to read (default: SPRING_PROFILES_ACTIVE)")
    String profile;

    @Option(names = {"-v", "--verbose"}, description = "say more")
    boolean verbose;

    @Option(names = {"-q", "--quiet"}, description = "say only what went wrong")
    boolean quiet;

    @Option(names = "--debug", description = "print stack traces of errors")
    boolean debug;

    /** This command's options, falling back to the top-level command's for those not given here. */
    GlobalOptions over(GlobalOptions top) {
        GlobalOptions g = new GlobalOptions();
        g.config = config != null ? config : top.config;
        g.url = url != null ? url : top.url;
        g.entities = entities != null ? entities : top.entities;
        g.migrations = migrations != null ? migrations : top.migrations;
        g.profile = profile != null ? profile : top.profile;
        g.verbose = verbose || top.verbose;
        g.quiet = quiet || top.quiet;
        g.debug = debug || top.debug;
        return g;
    }
}
