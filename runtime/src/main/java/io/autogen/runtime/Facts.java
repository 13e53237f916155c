package io.autogen.runtime;

import java.util.List;
import java.util.OptionalLong;

/**
 * What the live database tells the lint: how many rows a table holds, and the cheap exact checks (NULLs in a
 * column about to become NOT NULL, rows colliding on a new unique key). Empty answers mean "not known".
 */
public interface Facts {
    Facts NONE = new Facts() { };

    default OptionalLong rows(String table) {
        return OptionalLong.empty();
    }

    default OptionalLong nulls(String table, String column) {
        return OptionalLong.empty();
    }

    /** Rows that share their values of {@code columns} with another row (NULLs never collide). */
    default OptionalLong duplicates(String table, List<String> columns) {
        return OptionalLong.empty();
    }

    /** Rows whose value of {@code column} does not fit {@code type} (length or precision). */
    default OptionalLong tooWide(String table, String column, String type) {
        return OptionalLong.empty();
    }
}
