package io.autogen.cli;

import io.autogen.fixtures.TestDb;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/** A throw-away project folder driven through {@link Main#run}, with a clock and ids fixed for the test. */
public final class Project {
    public record Result(int code, String out, String err) {
        @Override public String toString() {
            return "exit " + code + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    public final Path dir;
    public final TestDb db;
    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicInteger ids = new AtomicInteger();

    public Project(Path dir, TestDb db) throws IOException {
        this.dir = dir;
        this.db = db;
        Files.createDirectories(dir.resolve("entities"));
        Files.writeString(dir.resolve("autogen.properties"), "url=" + db.url() + "\nentities=entities\nmigrations=migrations\n");
    }

    /** Writes entities/app/NAME.java with the given class body (imports of jakarta.persistence included). */
    public Project entity(String name, String source) throws IOException {
        Path f = dir.resolve("entities/app/" + name + ".java");
        Files.createDirectories(f.getParent());
        Files.writeString(f, "package app;\n\nimport jakarta.persistence.*;\nimport org.hibernate.annotations.*;\n\n" + source);
        return this;
    }

    public Project remove(String name) throws IOException {
        Files.delete(dir.resolve("entities/app/" + name + ".java"));
        return this;
    }

    public Result run(String... args) {
        return runWith(null, Map.of(), args);
    }

    /** Runs with the given environment (AUTOGEN_URL and the like) instead of an empty one. */
    public Result runWithEnv(Map<String, String> env, String... args) {
        return runWith(null, env, args);
    }

    /** As {@link #run}, at a terminal where a person types {@code input} (one answer a line). */
    public Result runAtTerminal(String input, String... args) {
        return runWith(new Terminal(new java.io.BufferedReader(new java.io.StringReader(input))), Map.of(), args);
    }

    private Result runWith(Terminal terminal, Map<String, String> env, String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        // each command a minute later, so that generated file names differ and sort in order
        Instant now = Instant.parse("2026-11-22T05:30:00Z").plusSeconds(60L * calls.incrementAndGet());
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err), env, dir,
                Clock.fixed(now, ZoneOffset.UTC), () -> String.format("%012x", 0xa0000 + ids.incrementAndGet()), terminal);
        return new Result(code, out.toString(), err.toString());
    }

    /**
     * Runs autogen as its own process, as a user does: what goes to the real stdout and stderr (a library's own
     * logging, say) is in the result too, which {@link #run} cannot see.
     */
    public Result runProcess(Map<String, String> env, String... args) throws IOException, InterruptedException {
        return runProcessWithout(List.of(), env, args);
    }

    /**
     * As {@link #runProcess}, with the jars whose file names start with one of {@code leftOut} off the class path:
     * autogen with only what its own jar ships, where the tests have a library it does not ship (a driver, say).
     */
    public Result runProcessWithout(List<String> leftOut, Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        String classPath = java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(e -> leftOut.stream().noneMatch(Path.of(e).getFileName().toString()::startsWith))
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
        List<String> command = new java.util.ArrayList<>(List.of("java", "-cp", classPath, "io.autogen.cli.Main"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().remove("AUTOGEN_URL");
        pb.environment().remove("AUTOGEN_ENTITIES");
        pb.environment().remove("AUTOGEN_DAEMON"); // a developer's AUTOGEN_DAEMON=auto would start daemons of the tests' class path
        pb.environment().putAll(env);
        Path errFile = Files.createTempFile("autogen-err", ".txt");
        try {
            Process proc = pb.redirectError(errFile.toFile()).start();
            String out = new String(proc.getInputStream().readAllBytes());
            int code = proc.waitFor();
            return new Result(code, out, Files.readString(errFile));
        } finally {
            Files.deleteIfExists(errFile);
        }
    }

    /** {@code revision -m MESSAGE}, then the given calls written into its upgrade(), as a person would by hand. */
    public Path handWritten(String message, String upgradeCalls) throws IOException {
        Result r = run("revision", "-m", message);
        if (r.code() != 0) {
            throw new IllegalStateException(r.toString());
        }
        List<Path> all = migrations();
        Path f = all.get(all.size() - 1);
        Files.writeString(f, Files.readString(f).replaceFirst("// nothing to do",
                java.util.regex.Matcher.quoteReplacement(upgradeCalls)));
        return f;
    }

    public List<Path> migrations() throws IOException {
        Path m = dir.resolve("migrations");
        if (!Files.isDirectory(m)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(m)) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    public String lastMigration() throws IOException {
        List<Path> all = migrations();
        return Files.readString(all.get(all.size() - 1));
    }
}
