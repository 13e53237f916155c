package io.autogen.lint;

import io.autogen.spi.Commands;
import io.autogen.render.JavaText;

/**
 * One risk of one operation: its rule's code and severity, the table (and column) it concerns, one sentence of
 * risk, and the safer alternative. {@code severity} may differ from the rule's when live data decided it.
 */
public record Finding(Rule rule, Severity severity, String table, String column, String message) {
    public Finding(Rule rule, String table, String column, String message) {
        this(rule, rule.severity(), table, column, message);
    }

    public String code() {
        return rule.code();
    }

    public String subject() {
        return table == null ? "-" : column == null ? table : table + "." + column;
    }

    /** The line {@code -m} and {@code lint} print: {@code AG102 error users.bio: drops ... Safer: ...}. */
    public String line() {
        return code() + " " + severity + " " + subject() + ": " + message + ". Safer: " + rule.safer();
    }

    /** {@link #line()} with the commands of its safer way spelled as {@code commands} spells them. */
    public String line(Commands commands) {
        return code() + " " + severity + " " + subject() + ": " + message + ". Safer: " + Rules.safer(rule, commands);
    }

    /** The comment above the operation in a migration file (without the {@code //}). */
    public String comment() {
        return rule.dataLoss() ? "DATA LOSS: " + message : code() + " " + severity + ": " + message;
    }

    public String toJson() {
        return "{\"code\":" + JavaText.literal(code()) + ",\"severity\":" + JavaText.literal(severity.name())
                + ",\"table\":" + JavaText.literal(table) + ",\"column\":" + JavaText.literal(column)
                + ",\"message\":" + JavaText.literal(message) + ",\"safer\":" + JavaText.literal(rule.safer()) + "}";
    }
}
