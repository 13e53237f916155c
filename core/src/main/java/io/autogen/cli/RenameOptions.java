package io.autogen.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --rename TABLE.OLD=NEW} and {@code --rename-table OLD=NEW}: likely renames decided without a question. */
final class RenameOptions {
    @Option(names = "--rename", paramLabel = "TABLE.OLD=NEW",
            description = "write this column change as a rename, not drop + add (repeatable)")
    List<String> columns = new ArrayList<>();

    @Option(names = "--rename-table", paramLabel = "OLD=NEW",
            description = "write this table change as a rename, not drop + create (repeatable)")
    List<String> tables = new ArrayList<>();
}
