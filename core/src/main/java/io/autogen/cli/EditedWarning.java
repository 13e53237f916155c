package io.autogen.cli;

/** The one wording for an applied migration whose file changed. */
final class EditedWarning {
    private EditedWarning() {}

    static String text(String id) {
        return io.autogen.project.AutogenProject.Upgraded.editedWarning(id);
    }
}
