package io.autogen.runtime;

import io.autogen.cli.WorkflowTest;

import io.autogen.cli.AppProject;
import io.autogen.cli.JsonReader;
import io.autogen.cli.Project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.autogen.workflow.Autogen;
import io.autogen.config.Settings;
import io.autogen.fixtures.TestDb;
import io.autogen.runtime.VersionStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A SQLite file shared with a running application: read-only commands never take the write lock, upgrade takes
 * it only while a migration runs, says when it waits for it, and names it when it gives up.
 */
class SqliteSharingTest {
    @TempDir Path dir;

    private Project migrated(TestDb db) throws Exception {
        Project p = new Project(dir.resolve("p"), db).entity("AppUser", WorkflowTest.user(""));
        assertEquals(0, p.run("-m", "init").code());
        assertEquals(0, p.run("upgrade", "head").code());
        return p;
    }

    /** The application: its own connection, autocommit, waiting at most {@code busyMs} for the write lock. */
    private static Connection app(TestDb db, int busyMs) throws SQLException {
        return DriverManager.getConnection(db.url() + "?busy_timeout=" + busyMs);
    }

    @Test
    void aReadOnlyConnectionLeavesTheWriteLockFree() throws Exception {
        TestDb db = TestDb.sqlite(dir);
        Project p = migrated(db);
        Settings settings = new Settings(db.url(), List.of(p.dir.resolve("entities")), p.dir.resolve("migrations"),
                null, "jpa", List.of(), null, List.of(), p.dir, java.util.Map.of(), Migrator.DEFAULT_LOCK_TIMEOUT, null, null);
        Autogen autogen = new Autogen(settings, Clock.systemUTC(), () -> "000000000000");
        try (Connection held = autogen.connect(); Connection app = app(db, 0); var st = app.createStatement()) {
            // what current/history/check do with it: read the versions, end the read
            assertEquals(1, new VersionStore(autogen.dialect()).heads(held).size());
            held.rollback();
            st.executeUpdate("insert into app_user (name) values ('written while autogen is connected')");
        }
        assertEquals(1, db.count("select count(*) from app_user"));
    }

    @Test
    void theApplicationKeepsWritingWhileCheckAndCurrentRun() throws Exception {
        TestDb db = TestDb.sqlite(dir);
        Project p = migrated(db);
        for (String command : List.of("check", "current")) {
            // no cached schema: check maps the entities with Hibernate, a second or so with its connection open
            deleteTree(p.dir.resolve(".autogen"));
            CompletableFuture<Project.Result> run = CompletableFuture.supplyAsync(() -> {
                try {
                    return p.runProcess(Map.of(), command);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            int tried = 0, refused = 0;
            try (Connection app = app(db, 250); var st = app.createStatement()) {
                while (!run.isDone()) {
                    tried++;
                    try {
                        st.executeUpdate("insert into app_user (name) values ('x')");
                    } catch (SQLException e) {
                        refused++;
                    }
                    Thread.sleep(20);
                }
            }
            Project.Result r = run.get();
            assertTrue(r.code() == 0, r.toString());
            assertTrue(tried > 5, "the command ran long enough to tell: " + tried);
            assertEquals(0, refused, command + ": " + refused + " of " + tried + " writes refused");
        }
    }

    private static void deleteTree(Path root) throws java.io.IOException {
        if (java.nio.file.Files.exists(root)) {
            try (var s = java.nio.file.Files.walk(root)) {
                for (Path f : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    java.nio.file.Files.delete(f);
                }
            }
        }
    }

    @Test
    void upgradeWaitsForAnotherWriterAndSaysSo() throws Exception {
        TestDb db = TestDb.sqlite(dir);
        Project p = migrated(db);
        p.entity("AppUser", WorkflowTest.user("    @Column(length = 500) String bio;\n"));
        assertEquals(0, p.run("-m", "bio").code());
        CountDownLatch locked = new CountDownLatch(1);
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            try (Connection app = app(db, 0); var st = app.createStatement()) {
                st.execute("begin immediate");
                st.executeUpdate("insert into app_user (name) values ('x')");
                locked.countDown();
                Thread.sleep(1500);
                st.execute("commit");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertTrue(locked.await(10, TimeUnit.SECONDS));
        var r = p.run("upgrade", "head");
        writer.get();
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.err().startsWith("autogen: waiting: another process holds the write lock of "), r.err());
        assertTrue(r.out().contains("Applied 0000000a0002 bio"), r.out());
    }

    @Test
    void upgradeThatCannotGetTheWriteLockSaysWhoHasIt() throws Exception {
        TestDb db = TestDb.sqlite(dir);
        Project p = migrated(db);
        p.entity("AppUser", WorkflowTest.user("    @Column(length = 500) String bio;\n"));
        assertEquals(0, p.run("-m", "bio").code());
        try (Connection app = app(db, 0); var st = app.createStatement()) {
            st.execute("begin immediate");
            st.executeUpdate("insert into app_user (name) values ('x')");
            var r = p.run("--url", db.url() + "?busy_timeout=300", "upgrade", "head");
            assertEquals(2, r.code(), r.toString());
            String error = r.err().lines().filter(l -> l.startsWith("autogen: error: ")).findFirst().orElse(r.err());
            assertTrue(error.contains("another process holds the write lock of"), error);
            assertFalse(error.contains("check url"), error);
            st.execute("commit");
        }
        assertEquals(0, p.run("upgrade", "head").code(), "nothing half done: it applies once the lock is free");
    }
}
