package io.autogen.source.catalog;

import io.autogen.model.Names;
import io.autogen.model.Schema;
import io.autogen.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Tables autogen never reports: its own version tables, and the {@code exclude.tables} globs. */
public final class TableFilter {
    public static final String VERSION_TABLE = "autogen_version";
    public static final String HISTORY_TABLE = "autogen_history";
    private static final Set<String> OWN = Set.of(VERSION_TABLE, HISTORY_TABLE);

    private final List<Pattern> excluded;

    public TableFilter(List<String> globs) {
        List<Pattern> p = new ArrayList<>();
        for (String g : globs) {
            if (!g.isBlank()) {
                p.add(Pattern.compile(toRegex(g.trim()), Pattern.CASE_INSENSITIVE));
            }
        }
        this.excluded = List.copyOf(p);
    }

    public static TableFilter none() {
        return new TableFilter(List.of());
    }

    private static String toRegex(String glob) {
        StringBuilder sb = new StringBuilder();
        for (char c : glob.toCharArray()) {
            switch (c) {
                case '*' -> sb.append(".*");
                case '?' -> sb.append('.');
                default -> sb.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return sb.toString();
    }

    /**
     * Hibernate's own bookkeeping: the {@code HTE_} and {@code HT_} tables its multi-table mutation strategies
     * create (SQLite keeps them as ordinary tables). They belong to Hibernate's runtime, not to the application.
     */
    private static final List<String> HIBERNATE_TEMP_PREFIXES = List.of("hte_", "ht_");

    public boolean keeps(String table) {
        String k = Names.key(table);
        return !OWN.contains(k) && HIBERNATE_TEMP_PREFIXES.stream().noneMatch(k::startsWith)
                && excluded.stream().noneMatch(p -> p.matcher(table).matches());
    }

    public Schema apply(Schema schema) {
        List<Table> kept = schema.tables().stream().filter(t -> keeps(t.name())).toList();
        return kept.size() == schema.tables().size() ? schema : new Schema(kept, schema.sequences());
    }
}
