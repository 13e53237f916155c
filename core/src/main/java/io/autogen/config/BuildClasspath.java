package io.autogen.config;

import io.autogen.cache.ProjectCache;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The class path a Maven project's own build gives its code, for a project with no {@code classpath=}: versions a
 * parent or an imported BOM manages (Spring Boot's) are known only to the build, so the project's Maven (its
 * {@code mvnw}, else {@code mvn}) is asked once ({@code dependency:build-classpath}), and the answer is kept in
 * {@code .autogen/cache/build-classpath.txt} until {@code pom.xml} changes.
 */
final class BuildClasspath {
    /** The project cache's entry (kind, key): the pom's hash on its first line, the jars on the second. */
    private static final String KIND = "build-classpath", KEY = "pom";
    static final String CACHE = ".autogen/cache/" + KIND + "-" + KEY + ".txt";
    private static final long TIMEOUT_SECONDS = 300;

    /** The jars, or the reason there are none. */
    record Answer(List<String> jars, String failure, boolean cached) {}

    private BuildClasspath() {}

    static Answer read(Path projectDir, java.util.Map<String, String> env) {
        Path pom = projectDir.resolve("pom.xml");
        ProjectCache cache = new ProjectCache(projectDir.resolve(".autogen").resolve("cache"));
        String key;
        try {
            key = "# pom.xml " + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(pom)));
        } catch (IOException | NoSuchAlgorithmException e) {
            return new Answer(List.of(), "cannot read pom.xml: " + e.getMessage(), false);
        }
        List<String> lines = cache.lines(KIND, KEY);
        if (lines != null && !lines.isEmpty() && lines.get(0).equals(key)) {
            return new Answer(jars(lines.size() > 1 ? lines.get(1) : ""), null, true);
        }
        List<String> maven = maven(projectDir, env.get("PATH"));
        if (maven == null) {
            return new Answer(List.of(), "no Maven to ask (neither ./mvnw nor mvn on the PATH)", false);
        }
        try {
            Path out = Files.createTempFile("autogen-build-classpath", ".txt");
            Path log = Files.createTempFile("autogen-build-classpath", ".log");
            try {
                List<String> command = new ArrayList<>(maven);
                command.addAll(List.of("-q", "-B", "dependency:build-classpath", "-Dmdep.includeScope=compile",
                        "-Dmdep.outputFile=" + out.toAbsolutePath()));
                Process p = new ProcessBuilder(command).directory(projectDir.toFile()).redirectErrorStream(true)
                        .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(nullFile())).start();
                if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    return new Answer(List.of(), String.join(" ", maven) + " dependency:build-classpath took longer than "
                            + TIMEOUT_SECONDS + " s", false);
                }
                if (p.exitValue() != 0) {
                    String last = Files.readAllLines(log).stream().filter(l -> !l.isBlank()).filter(l -> l.contains("ERROR"))
                            .findFirst().orElse("exit " + p.exitValue());
                    return new Answer(List.of(), String.join(" ", maven) + " dependency:build-classpath failed: "
                            + last.replaceFirst("^\\[ERROR\\]\\s*", ""), false);
                }
                String line = Files.readString(out, StandardCharsets.UTF_8).trim();
                cache.putLines(KIND, KEY, List.of(key, line));
                return new Answer(jars(line), null, false);
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(log);
            }
        } catch (IOException e) {
            return new Answer(List.of(), "cannot run Maven: " + e.getMessage(), false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(List.of(), "interrupted while Maven resolved the class path", false);
        }
    }

    private static java.io.File nullFile() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    private static List<String> jars(String line) {
        List<String> out = new ArrayList<>();
        for (String entry : line.split(java.io.File.pathSeparator)) {
            if (!entry.isBlank() && Files.exists(Path.of(entry))) {
                out.add(entry);
            }
        }
        return out;
    }

    /** The project's Maven wrapper, else {@code mvn} from the PATH, or null. */
    private static List<String> maven(Path projectDir, String path) {
        boolean windows = System.getProperty("os.name").startsWith("Windows");
        Path wrapper = projectDir.resolve(windows ? "mvnw.cmd" : "mvnw");
        if (Files.isRegularFile(wrapper) && (windows || Files.isExecutable(wrapper))) {
            return List.of(wrapper.toAbsolutePath().toString());
        }
        if (path == null) {
            return null;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path mvn = Path.of(dir).resolve(windows ? "mvn.cmd" : "mvn");
            if (Files.isRegularFile(mvn) && Files.isExecutable(mvn)) {
                return List.of(mvn.toString());
            }
        }
        return null;
    }
}
