package io.autogen.diff;

import io.autogen.dialect.DiffHints;

import io.autogen.model.Check;
import io.autogen.model.Names;
import io.autogen.model.Schema;
import io.autogen.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Databases re-spell the checks they store (PostgreSQL keeps {@code kind in ('A','B')} as
 * {@code (kind)::text = ANY ((ARRAY['A'::character varying, ...])::text[])}). A drop derived from the catalog
 * carries that spelling into the inverse that re-creates the check; this puts back the spelling the migrations
 * wrote wherever the two mean the same.
 */
public final class CheckSpelling {
    private CheckSpelling() {}

    /** {@code live} with each check's expression as {@code written} spells it, where the two are equivalent. */
    public static Schema asWritten(Schema live, Schema written, DiffHints hints) {
        List<Table> tables = new ArrayList<>();
        for (Table t : live.tables()) {
            Optional<Table> w = written.table(t.name());
            if (w.isEmpty()) {
                tables.add(t);
                continue;
            }
            List<Check> checks = new ArrayList<>();
            for (Check c : t.checks()) {
                String meaning = hints.normaliseCheck(c.expression());
                checks.add(w.get().checks().stream()
                        .filter(x -> hints.normaliseCheck(x.expression()).equals(meaning))
                        .filter(x -> x.name() == null || c.name() == null || Names.key(x.name()).equals(Names.key(c.name())))
                        .findFirst().map(x -> new Check(c.name(), x.expression())).orElse(c));
            }
            tables.add(t.withChecks(checks));
        }
        return new Schema(tables, live.sequences());
    }
}
