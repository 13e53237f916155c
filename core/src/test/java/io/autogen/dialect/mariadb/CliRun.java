package io.autogen.dialect.mariadb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.autogen.cli.Main;
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

/**
 * The command line run in-process in a project folder, as the MariaDB tests run it: a clock a minute later at each
 * command, and revision ids counted from a base of the test class's own (so that assertions can name them).
 */
final class CliRun {
    record Result(int code, String out, String err) {}

    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicInteger ids = new AtomicInteger();
    private final Instant start;
    private final int idBase;

    CliRun(String start, int idBase) {
        this.start = Instant.parse(start);
        this.idBase = idBase;
    }

    Result run(Path p, String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        Instant now = start.plusSeconds(60L * calls.incrementAndGet());
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err), Map.of(), p,
                Clock.fixed(now, ZoneOffset.UTC), () -> String.format("%012x", idBase + ids.incrementAndGet()));
        return new Result(code, out.toString(), err.toString());
    }

    static Result ok(Result r) {
        assertEquals(0, r.code(), r.toString());
        return r;
    }

    /** The newest migration file of the project. */
    static Path last(Path p) throws IOException {
        try (Stream<Path> s = Files.list(p.resolve("migrations"))) {
            List<Path> all = s.filter(f -> f.toString().endsWith(".java")).sorted().toList();
            return all.get(all.size() - 1);
        }
    }
}
