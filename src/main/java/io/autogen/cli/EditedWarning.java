package io.autogen.cli;

/** The one wording for an applied migration whose file changed. */
final class EditedWarning {
    private EditedWarning() {}

    static String text(String id) {
        return "revision " + id + " was edited after it was applied (its checksum differs from autogen_history):"
                + " the database may not match the file; revert the edit, or write a new migration for the change";
    }
}
