package io.autogen.diff;

import io.autogen.error.ConfigException;
import io.autogen.spi.Commands;
import io.autogen.model.Column;
import io.autogen.model.Names;
import io.autogen.model.Schema;
import io.autogen.model.Table;
import io.autogen.ops.RenameTable;
import io.autogen.ops.SchemaApplier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Decides which likely renames {@code -m} writes as renames: the flags first (each must name a column or table
 * the entities drop and one they add, or it is refused), then the question for each candidate left that no
 * decision already covers. Tables first, so that column candidates are looked for in renamed tables too.
 */
public final class Renames {
    /**
     * How {@code -m} decides likely renames: {@code --rename TABLE.OLD=NEW} and {@code --rename-table OLD=NEW}
     * first, then {@code ask} for each candidate left (a terminal's question; without one it answers no, and the
     * candidate stays drop + add with a finding naming the flag).
     */
    public record Choices(List<String> columns, List<String> tables, Predicate<RenameCandidate> ask) {
        public static final Choices NONE = new Choices(List.of(), List.of(), c -> false);
    }

    private final Comparator comparator;
    private final Choices choices;
    private final Commands commands;

    /** @param commands how a refused flag is spelled back (the command line's option, or a build's property) */
    public Renames(Comparator comparator, Choices choices, Commands commands) {
        this.comparator = comparator;
        this.choices = choices;
        this.commands = commands;
    }

    public List<RenameCandidate> decide(Schema live, Schema desired) {
        List<RenameCandidate> chosen = new ArrayList<>();
        for (String flag : choices.tables()) {
            chosen.add(tableFlag(flag, live, desired));
        }
        ask(comparator.renameCandidates(live, desired).stream().filter(RenameCandidate::isTable).toList(), chosen);
        Schema renamed = live;
        for (RenameCandidate t : chosen) {
            renamed = SchemaApplier.apply(renamed, new RenameTable(t.from(), t.to()));
        }
        for (String flag : choices.columns()) {
            chosen.add(columnFlag(flag, renamed, desired));
        }
        ask(comparator.renameCandidates(renamed, desired).stream().filter(c -> !c.isTable()).toList(), chosen);
        return chosen;
    }

    private void ask(List<RenameCandidate> candidates, List<RenameCandidate> chosen) {
        for (RenameCandidate c : candidates) {
            if (chosen.stream().noneMatch(c::overlaps) && choices.ask().test(c)) {
                chosen.add(c);
            }
        }
    }

    private RenameCandidate tableFlag(String flag, Schema live, Schema desired) {
        String[] p = flag.split("=", -1);
        if (p.length != 2 || p[0].isBlank() || p[1].isBlank()) {
            throw new ConfigException(commands.renameTable(flag) + ": expected OLD=NEW, as in "
                    + commands.renameTable("users=members"));
        }
        String from = p[0].trim(), to = p[1].trim();
        Optional<Table> old = live.table(from);
        if (old.isEmpty() || desired.table(from).isPresent() || desired.table(to).isEmpty() || live.table(to).isPresent()) {
            throw new ConfigException(commands.renameTable(flag) + " matches nothing: " + why("table", from, to,
                    old.isPresent(), desired.table(from).isPresent(), desired.table(to).isPresent(),
                    live.table(to).isPresent(), "the database", "the entities"));
        }
        return RenameCandidate.table(old.get().name(), desired.table(to).get().name());
    }

    private RenameCandidate columnFlag(String flag, Schema live, Schema desired) {
        String[] p = flag.split("=", -1);
        int dot = p[0].lastIndexOf('.');
        if (p.length != 2 || dot <= 0 || dot == p[0].length() - 1 || p[1].isBlank()) {
            throw new ConfigException(commands.rename(flag) + ": expected TABLE.OLD=NEW, as in "
                    + commands.rename("users.name=full_name"));
        }
        String table = p[0].substring(0, dot).trim(), from = p[0].substring(dot + 1).trim(), to = p[1].trim();
        Optional<Table> cur = live.table(table), des = desired.table(table);
        if (cur.isEmpty() || des.isEmpty()) {
            throw new ConfigException(commands.rename(flag) + " matches nothing: table " + table + " is not in "
                    + (cur.isEmpty() ? "the database" : "the entities"));
        }
        Optional<Column> old = cur.get().column(from);
        boolean keeps = des.get().column(from).isPresent();
        Optional<Column> added = des.get().column(to);
        boolean exists = cur.get().column(to).isPresent();
        if (old.isEmpty() || keeps || added.isEmpty() || exists) {
            throw new ConfigException(commands.rename(flag) + " matches nothing: " + why("column " + table + ".", from, to,
                    old.isPresent(), keeps, added.isPresent(), exists, "the database", "the entities"));
        }
        return RenameCandidate.column(cur.get().name(), old.get().name(), added.get().name());
    }

    private static String why(String what, String from, String to, boolean oldExists, boolean oldKept,
                              boolean newWanted, boolean newExists, String db, String entities) {
        String w = what.endsWith(".") ? what : what + " ";
        if (!oldExists) return w + from + " is not in " + db;
        if (oldKept) return w + from + " is still in " + entities;
        if (!newWanted) return w + to + " is not in " + entities;
        return w + to + " is already in " + db;
    }

}
