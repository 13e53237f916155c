package io.autogen.model;

import java.util.Objects;

/**
 * One column. {@code type} is the SQL type as the dialect writes it in DDL ({@code varchar(80)}, {@code bigint});
 * two spellings of the same type are told equal by the dialect's type normaliser, not here.
 */
public record Column(String name, String type, boolean nullable, String defaultValue, String comment,
                     boolean identity) implements java.io.Serializable {
    public Column {
        Objects.requireNonNull(name, "column name");
        Objects.requireNonNull(type, "column type of " + name);
        defaultValue = Names.blankToNull(defaultValue);
        comment = Names.blankToNull(comment);
    }

    public static Column of(String name, String type) {
        return new Column(name, type, true, null, null, false);
    }

    public Column withName(String n) { return new Column(n, type, nullable, defaultValue, comment, identity); }
    public Column withType(String t) { return new Column(name, t, nullable, defaultValue, comment, identity); }
    public Column withNullable(boolean n) { return new Column(name, type, n, defaultValue, comment, identity); }
    public Column withDefault(String d) { return new Column(name, type, nullable, d, comment, identity); }
    public Column withComment(String c) { return new Column(name, type, nullable, defaultValue, c, identity); }
    public Column withIdentity(boolean i) { return new Column(name, type, nullable, defaultValue, comment, i); }
}
