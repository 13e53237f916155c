package io.autogen.cli;

import io.autogen.dialect.Dialects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A small project of generated entities that the daemon runs its warm-up commands on. */
final class WarmUpProject {
    static final int ENTITIES = 20;

    private WarmUpProject() {}

    /** The project in {@code dir}; each round adds a column to one entity, as the daily edit does. */
    static void write(Path dir, int round) throws IOException {
        Files.writeString(dir.resolve("autogen.properties"), "url=" + Dialects.embeddedUrl(dir.resolve("warm.db"))
                + "\nentities=src\nmigrations=migrations\n");
        Path pkg = Files.createDirectories(dir.resolve("src/warm"));
        Files.createDirectories(dir.resolve("migrations"));
        for (int i = 0; i < ENTITIES; i++) {
            StringBuilder s = new StringBuilder("package warm;\n\nimport jakarta.persistence.*;\n\n")
                    .append("@Entity\n@Table(name = \"w").append(i).append("\", indexes = @Index(columnList = \"name\"))\n")
                    .append("public class W").append(i).append(" {\n")
                    .append("    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;\n")
                    .append("    @Column(nullable = false, length = 80) String name;\n")
                    .append("    Integer qty;\n    java.math.BigDecimal amount;\n    java.time.LocalDateTime createdAt;\n")
                    .append("    @Column(unique = true) String code;\n    boolean active;\n");
            if (i > 0) {
                s.append("    @ManyToOne W").append(i - 1).append(" parent;\n");
            }
            for (int r = 0; r < round && i == ENTITIES / 2; r++) {
                s.append("    String note").append(r).append(";\n");
            }
            Files.writeString(pkg.resolve("W" + i + ".java"), s.append("}\n").toString());
        }
    }

    static void delete(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp folder left behind costs only space
        }
    }
}
