package io.autogen.cli;

import io.autogen.config.Settings;
import io.autogen.config.SettingsResolver;
import io.autogen.spi.Overrides;
import java.nio.file.Path;
import java.util.Map;

/**
 * The command line's view of {@link SettingsResolver}: flag &gt; environment &gt; autogen.properties &gt; the
 * application's own settings &gt; default.
 */
final class SettingsLoader {
    static final String FILE = SettingsResolver.FILE;

    private final SettingsResolver resolver;

    Path workingDir() {
        return resolver.workingDir();
    }

    SettingsLoader(Map<String, String> env, Path workingDir) {
        this(env, workingDir, url -> { });
    }

    SettingsLoader(Map<String, String> env, Path workingDir, java.util.function.Consumer<String> urlSeen) {
        this.resolver = new SettingsResolver(env, workingDir, urlSeen);
    }

    Settings load(GlobalOptions g) {
        return resolve(g).settings();
    }

    SettingsResolver.Resolved resolve(GlobalOptions g) {
        return resolver.resolve(new Overrides(g.config, g.url, g.entities, g.migrations, g.profile, null));
    }
}
