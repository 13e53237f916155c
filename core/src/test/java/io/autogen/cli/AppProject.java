package io.autogen.cli;

import io.autogen.source.MissingLibraryTest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/** The Spring Boot-style project of {@code src/test/resources/springboot-app}, copied to a folder, its library jar built. */
public final class AppProject {
    public static final Path TEMPLATE = Path.of("core/src/test/resources/springboot-app");

    private AppProject() {}

    /** Copies the project to {@code into} and builds {@code lib/money-1.4.jar} from {@code lib-src/}. */
    public static Path copy(Path into) throws Exception {
        copyTree(TEMPLATE, into);
        Path classes = MissingLibraryTest.compile(into.resolve("target/lib-classes"), List.of(),
                "com/acme/money/Money.java", Files.readString(into.resolve("lib-src/com/acme/money/Money.java")),
                "com/acme/money/MoneyConverter.java", Files.readString(into.resolve("lib-src/com/acme/money/MoneyConverter.java")));
        Path jar = into.resolve("lib/money-1.4.jar");
        jar(classes, jar);
        deleteTree(into.resolve("target"));
        deleteTree(into.resolve("lib-src")); // the library's sources are not the application's
        return into;
    }

    public static void jar(Path classes, Path jar) throws IOException {
        Files.createDirectories(jar.getParent());
        try (OutputStream o = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(o);
             Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                j.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                j.write(Files.readAllBytes(f));
                j.closeEntry();
            }
        }
    }

    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path f : s.toList()) {
                Path t = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(t);
                } else {
                    Files.createDirectories(t.getParent());
                    Files.copy(f, t);
                }
            }
        }
    }

    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path f : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
