package io.autogen.runtime;

import io.autogen.api.Migration;
import io.autogen.runtime.revision.RevisionFile;
import java.util.List;
import java.util.Map;

/** Where runnable migrations come from: sources compiled in memory, or classes already on the class path. */
public interface MigrationSource {
    /** The migrations of {@code revisions}, by revision id. */
    Map<String, Migration> load(List<RevisionFile> revisions);
}
