package io.autogen.runtime;

import io.autogen.cli.WorkflowTest;

import io.autogen.cli.AppProject;
import io.autogen.cli.JsonReader;
import io.autogen.cli.Project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.autogen.fixtures.TestDb;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL: every migration runs under lock.timeout; a lock timeout is retried with backoff, then fails in one
 * line naming the table and the session holding the lock, with nothing changed.
 */
class LockTimeoutTest {
    @TempDir Path dir;

    static final String USER = WorkflowTest.USER;

    private Project pendingAddColumn(TestDb db) throws Exception {
        Project p = new Project(dir.resolve("p"), db).entity("AppUser", USER.formatted(""));
        Files.writeString(p.dir.resolve("autogen.properties"), "lock.timeout=200ms\n", StandardOpenOption.APPEND);
        assertEquals(0, p.run("-m", "init").code());
        assertEquals(0, p.run("upgrade", "head").code());
        p.entity("AppUser", USER.formatted("    String bio;\n"));
        assertEquals(0, p.run("-m", "add bio").code());
        return p;
    }

    /** A session that reads app_user in an open transaction: its lock blocks ALTER TABLE until it ends. */
    private static Connection holdLock(TestDb db) throws Exception {
        Connection holder = db.connect();
        try (var st = holder.createStatement()) {
            st.execute("set application_name = 'report-job'");
            st.executeQuery("select count(*) from app_user").close();
        }
        return holder;
    }

    @Test
    void aHeldLockFailsInOneLineNamingTableAndHolderWithNothingChanged() throws Exception {
        try (TestDb db = TestDb.postgres()) {
            Project p = pendingAddColumn(db);
            try (Connection holder = holdLock(db)) {
                long pid = pid(holder);
                long t0 = System.nanoTime();
                var up = p.run("upgrade", "head");
                long ms = (System.nanoTime() - t0) / 1_000_000;
                assertEquals(2, up.code(), up.toString());
                assertEquals(1, up.err().lines().count(), up.err());
                assertTrue(up.err().startsWith("autogen: error: revision 0000000a0002 (add bio) upgrade failed and was"
                        + " rolled back: gave up after 4 attempts of 200 ms (lock.timeout) waiting for a lock on table"
                        + " app_user, held by session " + pid + " (user postgres, application report-job, idle in"
                        + " transaction, "), up.err());
                assertTrue(up.err().contains("nothing was changed"), up.err());
                assertTrue(ms >= 4 * 200 + 250 + 500 + 1000, "three retries with backoff: " + ms + " ms");
                holder.rollback();
            }
            assertFalse(db.inspect().table("app_user").orElseThrow().column("bio").isPresent());
            assertEquals("0000000a0001 (head) init\n".replace(" (head)", ""),
                    p.run("current").out().replace(" (head)", ""));
        }
    }

    @Test
    void aLockReleasedDuringTheRetriesLetsTheMigrationThrough() throws Exception {
        try (TestDb db = TestDb.postgres()) {
            Project p = pendingAddColumn(db);
            Connection holder = holdLock(db);
            Thread release = new Thread(() -> {
                try {
                    Thread.sleep(600);
                    holder.rollback();
                    holder.close();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            release.start();
            var up = p.run("upgrade", "head");
            release.join();
            assertEquals(0, up.code(), up.toString());
            assertTrue(db.inspect().table("app_user").orElseThrow().column("bio").isPresent());
        }
    }

    private static long pid(Connection c) throws Exception {
        try (var st = c.createStatement(); var rs = st.executeQuery("select pg_backend_pid()")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
