package io.autogen.source.isolation;


import java.nio.file.Path;
import java.util.List;

/** Artifacts the tests need on an application's class path, resolved with their dependencies as a build does. */
public final class Artifacts {
    private Artifacts() {}

    public static List<String> resolve(String... coordinates) {
        return ArtifactResolver.resolve(List.of(coordinates), null, "test").stream().map(Path::toString).toList();
    }
}
