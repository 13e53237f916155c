package io.autogen.check;

import io.autogen.render.JavaText;
import java.util.List;

/**
 * The result of a drift check. {@code kind} of each difference: {@code missing-migration} (the entities changed
 * and no migration says so), {@code database-drift} (the database differs from what its migrations built),
 * {@code not-at-head} (the database is behind the migrations), {@code unmanaged} (a database without version
 * table that differs from the entities), {@code edited-migration} (an applied migration whose file changed since).
 */
public record CheckReport(List<Difference> differences, List<String> opaqueSql, String fix) {
    public record Difference(String kind, String table, String column, String message) {}

    public CheckReport {
        differences = List.copyOf(differences);
        opaqueSql = List.copyOf(opaqueSql);
    }

    public boolean clean() {
        return differences.isEmpty();
    }

    /** The documented JSON form: {"clean": bool, "differences": [{kind, table, column, message}], "opaque": [..], "fix": str}. */
    public String toJson() {
        StringBuilder sb = new StringBuilder("{\"clean\": ").append(clean()).append(", \"differences\": [");
        for (int i = 0; i < differences.size(); i++) {
            Difference d = differences.get(i);
            sb.append(i == 0 ? "" : ", ").append("{\"kind\": ").append(json(d.kind())).append(", \"table\": ")
                    .append(json(d.table())).append(", \"column\": ").append(json(d.column()))
                    .append(", \"message\": ").append(json(d.message())).append('}');
        }
        sb.append("], \"opaque\": [");
        for (int i = 0; i < opaqueSql.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(json(opaqueSql.get(i)));
        }
        return sb.append("], \"fix\": ").append(json(fix)).append('}').toString();
    }

    /** JSON strings escape exactly as Java string literals do for every character autogen writes. */
    static String json(String s) {
        return JavaText.literal(s);
    }
}
