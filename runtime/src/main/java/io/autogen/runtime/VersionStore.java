package io.autogen.runtime;

import io.autogen.dialect.Dialect;
import io.autogen.error.DatabaseException;
import io.autogen.runtime.revision.RevisionFile;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The version tables: {@code autogen_version} (one row per current head) and {@code autogen_history} (one row per
 * applied revision: checksum, time, duration). Statements come as {@link Stmt} so that the same ones are executed
 * with bind parameters or printed for {@code --sql}.
 */
public final class VersionStore {
    /** A statement with its parameters. */
    public record Stmt(String sql, List<Object> params) {
        /** The statement with literals in place of parameters, for scripts. */
        public String inline() {
            StringBuilder sb = new StringBuilder();
            int p = 0;
            for (char c : sql.toCharArray()) {
                if (c == '?') {
                    Object v = params.get(p++);
                    sb.append(v instanceof Number ? v.toString() : "'" + String.valueOf(v).replace("'", "''") + "'");
                } else {
                    sb.append(c);
                }
            }
            return sb.toString();
        }
    }

    /** What the history table says of one applied revision. */
    public record Applied(String revision, String checksum, String appliedAt, long durationMs) {}

    private final Dialect dialect;

    public VersionStore(Dialect dialect) {
        this.dialect = dialect;
    }

    public List<Stmt> createTables() {
        return dialect.versionTablesDdl().stream().map(s -> new Stmt(s, List.of())).toList();
    }

    /** Statements that move the heads from {@code from} to {@code to}. */
    public List<Stmt> moveHeads(Set<String> from, Set<String> to) {
        List<Stmt> out = new ArrayList<>();
        for (String gone : new TreeSet<>(from)) {
            if (!to.contains(gone)) {
                out.add(new Stmt("delete from autogen_version where version_num = ?", List.of(gone)));
            }
        }
        for (String added : new TreeSet<>(to)) {
            if (!from.contains(added)) {
                out.add(new Stmt("insert into autogen_version (version_num) values (?)", List.of(added)));
            }
        }
        return out;
    }

    public List<Stmt> recordApplied(RevisionFile r, Instant at, long durationMs) {
        return List.of(forget(r),
                new Stmt("insert into autogen_history (revision, message, checksum, applied_at, duration_ms) "
                        + "values (?, ?, ?, ?, ?)", List.of(r.id(), truncate(r.message()), r.checksum(),
                        at.toString(), durationMs)));
    }

    public List<Stmt> recordReverted(RevisionFile r) {
        return List.of(forget(r));
    }

    /** Deletes every row of {@code r}: applied, and the marks of a run under way or failed. */
    private static Stmt forget(RevisionFile r) {
        return new Stmt("delete from autogen_history where revision in (?, ?, ?)",
                List.of(r.id(), INCOMPLETE + r.id(), RUNNING + r.id()));
    }

    /** A mark of {@code r} under {@code prefix} (never read as applied), replacing an earlier one. */
    private static List<Stmt> mark(String prefix, RevisionFile r, String message, String checksum, Instant at) {
        return List.of(new Stmt("delete from autogen_history where revision = ?", List.of(prefix + r.id())),
                new Stmt("insert into autogen_history (revision, message, checksum, applied_at, duration_ms) "
                        + "values (?, ?, ?, ?, ?)", List.of(prefix + r.id(), truncate(message), checksum,
                        at.toString(), -1L)));
    }

    /**
     * Marks a revision whose steps run one by one, each committed on its own (outside a transaction), as under way:
     * a row of {@code autogen_history} under {@code ~ID} (never read as applied) whose message {@link #ranSoFar} keeps
     * up to date after every step. The version rows that end a successful run delete it, and so does a failure that
     * undid everything ({@link #cleared}); a process killed half-way leaves it, so that the next {@code upgrade},
     * {@code check} and {@code current} can say where it stopped.
     */
    public List<Stmt> recordRunning(RevisionFile r, String direction, Instant at) {
        return mark(RUNNING, r, direction, RUNNING_MARK, at);
    }

    /** The steps carried out so far by the run {@link #recordRunning} marked, in words ({@code addColumn customer}). */
    public List<Stmt> ranSoFar(RevisionFile r, String direction, List<String> steps) {
        return List.of(new Stmt("update autogen_history set message = ? where revision = ?",
                List.of(truncate(direction + (steps.isEmpty() ? "" : ": ran " + String.join(", ", steps))),
                        RUNNING + r.id())));
    }

    /** Ends the mark of a run that failed and undid every step it had carried out. */
    public List<Stmt> cleared(RevisionFile r) {
        return List.of(new Stmt("delete from autogen_history where revision = ?", List.of(RUNNING + r.id())));
    }

    /**
     * Marks a revision whose run outside a transaction failed and left {@code what}, which nothing could undo: a row of
     * {@code autogen_history} under {@code !ID} (never read as applied), named by {@code upgrade} and {@code check}
     * until the revision is applied or reverted.
     */
    public List<Stmt> recordIncomplete(RevisionFile r, String what, Instant at) {
        return mark(INCOMPLETE, r, what, "incomplete", at);
    }

    /** What failed runs left that nothing could undo, one sentence each (empty for an unmanaged database). */
    public List<String> incomplete(Connection c) {
        List<String> out = new ArrayList<>();
        if (!exists(c)) {
            return out;
        }
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "select revision, message, applied_at from autogen_history order by applied_at, revision")) {
            while (rs.next()) {
                String rev = rs.getString(1);
                if (rev.startsWith(RUNNING)) {
                    String[] what = rs.getString(2).split(": ran ", 2);
                    out.add("revision " + rev.substring(RUNNING.length()) + ": the " + what[0] + " started "
                            + rs.getString(3) + " did not finish (its process stopped, or it is still running)"
                            + (what.length < 2 ? " before its first step" : " after " + what[1]) + "; each step is committed on"
                            + " its own, and the next " + what[0] + " skips the steps the catalog shows done and runs"
                            + " the rest");
                } else if (rev.startsWith(INCOMPLETE)) {
                    out.add("revision " + rev.substring(INCOMPLETE.length()) + " failed (" + rs.getString(3)
                            + ") and left " + rs.getString(2) + ", which nothing could undo");
                }
            }
        } catch (SQLException e) {
            throw new DatabaseException("cannot read autogen_history: " + e.getMessage(), e);
        }
        return out;
    }

    /** The prefix of a history row that marks a failed run, not an applied revision. */
    static final String INCOMPLETE = "!";

    /** The prefix of a history row that marks a run under way outside a transaction ({@link #recordRunning}). */
    static final String RUNNING = "~";

    private static final String RUNNING_MARK = "running";

    /** True for a row of {@code autogen_history} that marks a run, not an applied revision. */
    private static boolean isMark(String revision) {
        return revision.startsWith(INCOMPLETE) || revision.startsWith(RUNNING);
    }

    private static String truncate(String s) {
        return s.length() > 500 ? s.substring(0, 500) : s;
    }

    public void execute(Connection c, List<Stmt> statements) throws SQLException {
        for (Stmt s : statements) {
            try (PreparedStatement ps = c.prepareStatement(s.sql())) {
                for (int i = 0; i < s.params().size(); i++) {
                    Object v = s.params().get(i);
                    if (v instanceof Long l) {
                        ps.setLong(i + 1, l);
                    } else {
                        ps.setString(i + 1, String.valueOf(v));
                    }
                }
                ps.execute();
            }
        }
    }

    /** True when the version table exists: the database is managed by migrations. */
    public boolean exists(Connection c) {
        try (Statement st = c.createStatement()) {
            st.execute("select version_num from autogen_version where 1 = 0");
            return true;
        } catch (SQLException e) {
            rollbackQuietly(c);
            return false;
        }
    }

    private static void rollbackQuietly(Connection c) {
        try {
            if (!c.getAutoCommit()) {
                c.rollback(); // PostgreSQL aborts the transaction on a failed statement
            }
        } catch (SQLException e) {
            throw new DatabaseException("cannot roll back after probing the version table: " + e.getMessage(), e);
        }
    }

    public Set<String> heads(Connection c) {
        if (!exists(c)) {
            return new TreeSet<>();
        }
        Set<String> out = new TreeSet<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select version_num from autogen_version")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new DatabaseException("cannot read autogen_version: " + e.getMessage(), e);
        }
        return out;
    }

    public Map<String, Applied> history(Connection c) {
        Map<String, Applied> out = new LinkedHashMap<>();
        if (!exists(c)) {
            return out;
        }
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "select revision, checksum, applied_at, duration_ms from autogen_history order by applied_at, revision")) {
            while (rs.next()) {
                if (isMark(rs.getString(1))) {
                    continue; // a run's mark, not an applied revision
                }
                out.put(rs.getString(1), new Applied(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)));
            }
        } catch (SQLException e) {
            throw new DatabaseException("cannot read autogen_history: " + e.getMessage(), e);
        }
        return out;
    }
}
