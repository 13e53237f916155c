package io.autogen.runtime.revision;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One migration as read from its source: identity, where it lives, and a checksum of its code (comments and
 * layout left out), so that an applied migration edited since is noticed; {@code transactional} false for one that
 * runs outside a transaction ({@code @Revision(..., transactional = false)}).
 */
public record RevisionFile(String id, List<String> parents, String message, String created, Path file,
                           String className, String checksum, boolean transactional) {
    public RevisionFile {
        Objects.requireNonNull(id);
        parents = List.copyOf(parents);
        message = message == null ? "" : message;
        created = created == null ? "" : created;
    }

    public RevisionFile(String id, List<String> parents, String message, String created, Path file,
                        String className, String checksum) {
        this(id, parents, message, created, file, className, checksum, true);
    }

    public boolean isMerge() {
        return parents.size() > 1;
    }

}
