package io.autogen.check;

import io.autogen.cli.AppProject;
import io.autogen.cli.JsonReader;
import io.autogen.cli.Project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The documented git hook, run on a copy of the sample project: clean, then after an entity edit. */
class PreCommitHookTest {
    @TempDir Path dir;

    @Test
    void hookPassesCleanProjectAndStopsAnEntityEditWithoutMigration() throws Exception {
        copy(Path.of("sample-entities"), dir.resolve("sample-entities"));
        copy(Path.of("migrations"), dir.resolve("migrations"));
        Files.copy(Path.of("autogen.properties"), dir.resolve("autogen.properties"));
        Files.copy(Path.of("hooks/pre-commit"), dir.resolve("pre-commit"));

        var clean = hook();
        assertEquals(0, clean.code(), clean.out());

        Path user = dir.resolve("sample-entities/com/example/tickets/User.java");
        Files.writeString(user, Files.readString(user).replace("    private String bio;",
                "    private String bio;\n\n    @Column(length = 40)\n    private String nickname;"));
        var edited = hook();
        assertEquals(1, edited.code(), edited.out());
        assertTrue(edited.out().contains("missing-migration: column users.nickname (varchar(40)) is in the entities"
                + " but not in the migrations"), edited.out());
        assertTrue(edited.out().contains("pre-commit: entities and migrations disagree"), edited.out());
    }

    private record Run(int code, String out) {}

    private Run hook() throws Exception {
        ProcessBuilder pb = new ProcessBuilder("sh", "pre-commit").directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("AUTOGEN", "java -cp " + System.getProperty("java.class.path") + " io.autogen.cli.Main");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        return new Run(p.waitFor(), out);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path f : s.toList()) {
                Path t = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(f, t, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
