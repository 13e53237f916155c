package io.autogen.lint;

import io.autogen.render.JavaText;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** What {@code autogen lint} found, per migration: findings that remain, and those accepted by autogen:allow. */
public record LintReport(List<Entry> migrations) {
    public record Entry(String id, String message, String file, List<Finding> findings, List<Finding> allowed) {}

    public long count(Severity s) {
        return migrations.stream().flatMap(e -> e.findings().stream()).filter(f -> f.severity() == s).count();
    }

    /** Exit 1: an error remains, or with {@code strict} a warning. */
    public boolean fails(boolean strict) {
        return count(Severity.error) > 0 || strict && count(Severity.warning) > 0;
    }

    public List<String> text() {
        List<String> out = new ArrayList<>();
        for (Entry e : migrations) {
            if (e.findings().isEmpty()) {
                continue;
            }
            out.add(e.id() + " " + e.message() + " (" + e.file() + ")");
            e.findings().forEach(f -> out.add("  " + f.line()));
        }
        long allowed = migrations.stream().mapToLong(e -> e.allowed().size()).sum();
        out.add(count(Severity.error) + " error(s), " + count(Severity.warning) + " warning(s), "
                + count(Severity.info) + " info in " + migrations.size() + " migration(s)"
                + (allowed > 0 ? "; " + allowed + " accepted by autogen:allow" : ""));
        return out;
    }

    public String toJson() {
        String ms = migrations.stream().map(e -> "{\"id\":" + JavaText.literal(e.id()) + ",\"message\":"
                + JavaText.literal(e.message()) + ",\"file\":" + JavaText.literal(e.file()) + ",\"findings\":["
                + e.findings().stream().map(Finding::toJson).collect(Collectors.joining(",")) + "],\"allowed\":["
                + e.allowed().stream().map(Finding::toJson).collect(Collectors.joining(",")) + "]}")
                .collect(Collectors.joining(","));
        return "{\"errors\":" + count(Severity.error) + ",\"warnings\":" + count(Severity.warning) + ",\"infos\":"
                + count(Severity.info) + ",\"migrations\":[" + ms + "]}";
    }
}
