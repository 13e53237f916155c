package io.autogen.spi;

/**
 * What the caller says over everything else: flags on the command line, or a build's own values (the Maven
 * plugin's compiled classes and dependency class path). Null means not given.
 */
public record Overrides(String config, String url, String entities, String migrations, String profile,
                        String classpath) {
    public static Overrides none() {
        return new Overrides(null, null, null, null, null, null);
    }
}
