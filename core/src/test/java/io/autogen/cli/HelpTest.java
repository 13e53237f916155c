package io.autogen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.autogen.fixtures.TestDb;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Every subcommand answers -h, --help and {@code autogen help CMD} with its own usage, options and an example. */
class HelpTest {
    @TempDir Path dir;

    /** The subcommands as the command line knows them, so that a new one is tested without an edit here. */
    private static List<String> subcommands() {
        var cl = new CommandLine(new AutogenCommand(new BaseCommand.Context(null, Clock.systemUTC(), () -> "")));
        return cl.getSubcommands().keySet().stream().filter(n -> !n.equals("help")).sorted().toList();
    }

    @Test
    void everySubcommandAnswersHelp() throws Exception {
        Project p = new Project(dir.resolve("p"), TestDb.sqlite(dir));
        List<String> names = subcommands();
        assertTrue(names.containsAll(List.of("upgrade", "lint", "check", "revision", "doctor")), names.toString());
        for (String name : names) {
            for (String[] args : List.of(new String[] {name, "--help"}, new String[] {name, "-h"},
                    new String[] {"help", name})) {
                var r = p.run(args);
                String what = String.join(" ", args) + "\n" + r;
                assertEquals(0, r.code(), what);
                assertTrue(r.err().isEmpty(), what);
                assertTrue(r.out().startsWith("Usage: autogen " + name), what);
                assertTrue(r.out().contains("-h, --help"), "its options: " + what);
                assertTrue(r.out().contains("Example:\n  autogen " + name) || r.out().contains("Example:\n  source <(autogen " + name),
                        "an example of it: " + what);
            }
        }
        assertFalse(p.dir.resolve("autogen.db").toFile().exists());
    }

    @Test
    void helpAloneAndTheTopLevelCommand() throws Exception {
        Project p = new Project(dir.resolve("p"), TestDb.sqlite(dir));
        for (String[] args : List.of(new String[] {"help"}, new String[] {"--help"}, new String[] {"-h"})) {
            var r = p.run(args);
            assertEquals(0, r.code(), r.toString());
            assertTrue(r.out().startsWith("Usage: autogen "), r.toString());
            assertTrue(r.out().contains("Example:\n  autogen -m "), r.toString());
        }
    }
}
