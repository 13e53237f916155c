package io.autogen.render;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/** What the {@code @Revision} annotation of a new file says. */
public record RevisionHeader(String id, List<String> parents, String message, Instant created) {
    public RevisionHeader {
        Objects.requireNonNull(id);
        parents = List.copyOf(parents);
        message = message == null ? "" : message;
        created = created.truncatedTo(ChronoUnit.SECONDS);
    }

    public String createdText() {
        return DateTimeFormatter.ISO_INSTANT.format(created);
    }
}
