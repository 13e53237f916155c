package io.autogen.cli;

import io.autogen.diff.RenameTest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.autogen.daemon.DaemonClient;
import io.autogen.daemon.DaemonFiles;
import io.autogen.daemon.DaemonServer;
import io.autogen.fixtures.TestDb;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The daemon: the commands it runs give what they give in their own process (never a stale answer after an
 * edit), questions reach the client's terminal, commands that change a database are never run in it, a second
 * client runs its command itself, and a client that goes away takes the daemon with it.
 */
class DaemonTest {
    @TempDir Path dir;
    private DaemonServer server;
    private Thread serving;

    @AfterEach
    void stop() throws InterruptedException {
        if (server != null) {
            server.stop();
            serving.join(5000);
        }
    }

    private DaemonFiles start(DaemonServer.Commands commands, Runnable halt) throws Exception {
        DaemonFiles files = DaemonFiles.of(dir.resolve("cache"));
        server = new DaemonServer(files, commands, Duration.ofMinutes(5), halt);
        serving = new Thread(() -> {
            try {
                server.serve();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        serving.start();
        for (int i = 0; i < 200 && (DaemonClient.status(files) == null || DaemonClient.status(files).contains("busy")); i++) {
            Thread.sleep(25);
        }
        assertNotNull(DaemonClient.status(files), "the daemon answers");
        return files;
    }

    /** autogen's own commands, without the warm-up (the tests' JVM is warm enough). */
    private static DaemonServer.Commands autogen() {
        DaemonCommand.Commands real = new DaemonCommand.Commands(false);
        return new DaemonServer.Commands() {
            @Override public boolean runsHere(List<String> args) {
                return real.runsHere(args);
            }

            @Override public int run(List<String> args, Map<String, String> env, Path workingDir, PrintWriter out,
                                     PrintWriter err, BufferedReader terminal) {
                return real.run(args, env, workingDir, out, err, terminal);
            }

            @Override public void warmUp() {}
        };
    }

    record Ran(int code, String out, String err) {}

    /** A project of one entity, app_user(id, name). */
    private Project appUser(TestDb db) throws IOException {
        return new Project(dir.resolve("p"), db).entity("AppUser", RenameTest.USER.formatted("app_user", "name", "name"));
    }

    private static Ran client(DaemonFiles files, Path workingDir, String stdin, boolean tty, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = DaemonClient.run(files, workingDir.toString(), List.of(args), Map.of(), tty,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out, err);
        return new Ran(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void generatedInTheDaemonAsInItsOwnProcessAndNeverStaleAfterAnEdit() throws Exception {
        DaemonFiles files = start(autogen(), () -> {});
        try (TestDb db = TestDb.of("sqlite", dir)) {
            Project p = appUser(db);
            Ran init = client(files, p.dir, "", false, "-m", "init");
            assertEquals(0, init.code(), init.toString());
            assertTrue(init.out().startsWith("Generated migrations/M"), init.out());
            assertEquals(0, p.run("upgrade", "head").code());

            // the daemon kept nothing that the edit invalidates: the new column is seen
            p.entity("AppUser", RenameTest.USER.formatted("app_user", "name", "name")
                    .replace("String name;", "String name;\n    @Column(length = 30) String bio;"));
            Ran bio = client(files, p.dir, "", false, "-m", "add bio");
            assertEquals(0, bio.code(), bio.toString());
            String viaDaemon = p.lastMigration();
            assertTrue(viaDaemon.contains("op.addColumn(\"app_user\", column(\"bio\", \"varchar(30)\"));"), viaDaemon);

            // and it is the file the command writes in its own process (but for its id and time)
            Files.delete(p.dir.resolve("migrations").resolve(lastName(p.dir)));
            Project.Result own = p.run("-m", "add bio");
            assertEquals(0, own.code(), own.toString());
            String written = own.out().substring("Generated ".length(), own.out().indexOf(" (revision"));
            assertEquals(body(viaDaemon), body(Files.readString(p.dir.resolve(written))));

            Ran check = client(files, p.dir, "", false, "check");
            assertEquals(1, check.code(), "the migration is not applied yet\n" + check);
            assertTrue(check.out().contains("not-at-head"), check.out());
            Ran offline = client(files, p.dir, "", false, "check", "--offline");
            assertEquals(0, offline.code(), "entities and migrations agree\n" + offline);
        }
    }

    private static String lastName(Path project) throws IOException {
        try (var s = Files.list(project.resolve("migrations"))) {
            return s.map(f -> f.getFileName().toString()).sorted().reduce((a, b) -> b).orElseThrow();
        }
    }

    /** The migration without the lines that carry its id, its parent's and its time. */
    private static String body(String migration) {
        return migration.lines().filter(l -> !l.matches(".*(\\b[0-9a-f]{12}\\b|\\d{4}-\\d\\d-\\d\\d|M\\d{8}_).*"))
                .reduce("", (a, b) -> a + b + "\n");
    }

    @Test
    void aQuestionIsAskedAtTheClientsTerminal() throws Exception {
        DaemonFiles files = start(autogen(), () -> {});
        try (TestDb db = TestDb.of("sqlite", dir)) {
            Project p = appUser(db);
            assertEquals(0, p.run("-m", "init").code());
            assertEquals(0, p.run("upgrade", "head").code());
            p.entity("AppUser", RenameTest.USER.formatted("app_user", "full_name", "full_name"));
            Ran r = client(files, p.dir, "y\n", true, "-m", "rename name");
            assertEquals(0, r.code(), r.toString());
            assertTrue(r.out().startsWith("app_user.name -> app_user.full_name: rename? [y/N] "), r.out());
            assertTrue(p.lastMigration().contains("op.renameColumn(\"app_user\", \"name\", \"full_name\");"));
        }
    }

    @Test
    void commandsThatChangeADatabaseRunInTheirOwnProcess() throws Exception {
        DaemonFiles files = start(autogen(), () -> {});
        try (TestDb db = TestDb.of("sqlite", dir)) {
            Project p = appUser(db);
            assertEquals(0, client(files, p.dir, "", false, "-m", "init").code());
            for (String[] args : List.of(new String[] {"upgrade", "head"}, new String[] {"downgrade", "base"},
                    new String[] {"stamp", "head"}, new String[] {"--url", db.url(), "upgrade", "head"})) {
                assertEquals(DaemonClient.NOT_RUN, client(files, p.dir, "", false, args).code(), String.join(" ", args));
            }
            assertEquals(0, db.count("select count(*) from sqlite_master where name = 'app_user'"));
        }
    }

    @Test
    void aSecondClientRunsItsCommandItselfWhileOneRuns() throws Exception {
        CountDownLatch running = new CountDownLatch(1), release = new CountDownLatch(1);
        DaemonFiles files = start(new Stub() {
            @Override public int run(List<String> args, Map<String, String> env, Path workingDir, PrintWriter out,
                                     PrintWriter err, BufferedReader terminal) {
                running.countDown();
                await(release);
                out.println("done");
                return 0;
            }
        }, () -> {});
        Thread first = new Thread(() -> assertEquals("done\n", client(files, dir, "", false, "check").out()));
        first.start();
        assertTrue(running.await(10, TimeUnit.SECONDS));
        assertEquals(DaemonClient.NOT_RUN, client(files, dir, "", false, "check").code());
        release.countDown();
        first.join(10_000);
        assertTrue(DaemonClient.status(files).contains("1 commands run"), DaemonClient.status(files));
    }

    @Test
    void aClientThatGoesAwayEndsTheDaemon() throws Exception {
        CountDownLatch halted = new CountDownLatch(1);
        DaemonFiles files = start(new Stub() {
            @Override public int run(List<String> args, Map<String, String> env, Path workingDir, PrintWriter out,
                                     PrintWriter err, BufferedReader terminal) {
                out.println("working");
                await(halted);
                return 0;
            }
        }, halted::countDown);
        OutputStream goneAtFirstLine = new OutputStream() { // the client's terminal is closed: it ends
            @Override public void write(int b) throws IOException {
                throw new IOException("stdout closed");
            }
        };
        int code = DaemonClient.run(files, dir.toString(), List.of("check"), Map.of(), false,
                InputStream.nullInputStream(), goneAtFirstLine, OutputStream.nullOutputStream());
        assertEquals(2, code);
        assertTrue(halted.await(10, TimeUnit.SECONDS), "the daemon ends with its client");
    }

    @Test
    void withoutADaemonTheCallerRunsTheCommand() throws Exception {
        DaemonFiles files = DaemonFiles.of(dir.resolve("cache"));
        assertEquals(DaemonClient.NOT_RUN, client(files, dir, "", false, "check").code());
        files.createFolder();
        Files.writeString(files.socket(), ""); // left by a daemon that was killed
        assertEquals(DaemonClient.NOT_RUN, client(files, dir, "", false, "check").code());
        assertNull(DaemonClient.status(files));
        assertFalse(DaemonClient.stop(files));
    }

    @Test
    void offInTheEnvironmentRunsTheCommandItself() throws Exception {
        DaemonFiles files = start(new Stub(), () -> {});
        int code = DaemonClient.run(files, dir.toString(), List.of("check"), Map.of("AUTOGEN_DAEMON", "off"), false,
                InputStream.nullInputStream(), OutputStream.nullOutputStream(), OutputStream.nullOutputStream());
        assertEquals(DaemonClient.NOT_RUN, code);
        assertEquals(0, client(files, dir, "", false, "check").code());
    }

    /** A daemon started and stopped as a user does, from the command line: it runs -m for another process. */
    @Test
    void startStatusStop() throws Exception {
        Map<String, String> env = Map.of("XDG_CACHE_HOME", dir.resolve("xdg").toString(), "AUTOGEN_DAEMON_WARM_UP", "off");
        try (TestDb db = TestDb.of("sqlite", dir)) {
            Project p = appUser(db);
            Project.Result started = p.runProcess(env, "daemon", "start", "--idle", "5");
            try {
                assertEquals(0, started.code(), started.toString());
                assertTrue(started.out().startsWith("autogen daemon started"), started.out());
                Project.Result status = p.runProcess(env, "daemon", "status");
                assertEquals(0, status.code(), status.toString());
                for (int i = 0; i < 600 && status.out().contains("busy"); i++) { // its warm-up
                    Thread.sleep(100);
                    status = p.runProcess(env, "daemon", "status");
                }
                Project.Result gen = p.runProcess(env, "-m", "init");
                assertEquals(0, gen.code(), gen.toString());
                assertTrue(gen.out().startsWith("Generated migrations/M"), gen.out());
                assertTrue(p.runProcess(env, "daemon", "status").out().contains(" 1 commands run"),
                        "the daemon ran it");
            } finally {
                Project.Result stopped = p.runProcess(env, "daemon", "stop");
                assertEquals("autogen daemon stopped\n", stopped.out(), stopped.toString());
            }
            Project.Result after = p.runProcess(env, "daemon", "status");
            assertEquals(1, after.code(), after.toString());
            assertEquals("no autogen daemon is running\n", after.out());
        }
    }

    /** {@code AUTOGEN_DAEMON=auto}: a command the daemon runs starts one for next time, and itself runs as before. */
    @Test
    void autoStartsADaemonForTheNextCommand() throws Exception {
        Map<String, String> env = Map.of("XDG_CACHE_HOME", dir.resolve("xdg").toString());
        Map<String, String> auto = Map.of("XDG_CACHE_HOME", dir.resolve("xdg").toString(), "AUTOGEN_DAEMON", "auto",
                "AUTOGEN_DAEMON_WARM_UP", "off");
        try (TestDb db = TestDb.of("sqlite", dir)) {
            Project p = appUser(db);
            Project.Result heads = p.runProcess(auto, "upgrade", "head"); // changes a database: starts nothing
            assertEquals(0, heads.code(), heads.toString());
            assertEquals(1, p.runProcess(env, "daemon", "status").code(), "no daemon for upgrade");
            Project.Result gen = p.runProcess(auto, "-m", "init");
            try {
                assertEquals(0, gen.code(), gen.toString());
                assertTrue(gen.out().startsWith("Generated migrations/M"), gen.out());
                Project.Result status = p.runProcess(env, "daemon", "status");
                for (int i = 0; i < 300 && status.code() != 0; i++) {
                    Thread.sleep(100);
                    status = p.runProcess(env, "daemon", "status");
                }
                assertEquals(0, status.code(), "a daemon runs for the next command\n" + status);
            } finally {
                p.runProcess(env, "daemon", "stop");
            }
        }
    }

    /** Runs every command and prints nothing. */
    private static class Stub implements DaemonServer.Commands {
        @Override public boolean runsHere(List<String> args) {
            return !args.contains("upgrade");
        }

        @Override public int run(List<String> args, Map<String, String> env, Path workingDir, PrintWriter out,
                                 PrintWriter err, BufferedReader terminal) {
            return 0;
        }

        @Override public void warmUp() {}

        static void await(CountDownLatch latch) {
            try {
                latch.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
