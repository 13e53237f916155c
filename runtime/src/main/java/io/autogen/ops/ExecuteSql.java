package io.autogen.ops;

import java.util.Objects;

/**
 * Hand-written SQL (data migrations). Opaque to the model: the offline check cannot replay it.
 * {@code reverseSql} may be null when the author gave none.
 */
public record ExecuteSql(String sql, String reverseSql) implements Operation {
    public ExecuteSql {
        Objects.requireNonNull(sql);
        reverseSql = reverseSql == null || reverseSql.isBlank() ? null : reverseSql;
    }
    @Override public Operation reverse() { return new ExecuteSql(reverseSql == null ? "" : reverseSql, sql); }
    @Override public <R> R accept(OperationVisitor<R> v) { return v.executeSql(this); }
    @Override public String table() { return null; }
}
