package io.autogen.cli;

import io.autogen.project.AutogenProject;

/** The one wording for an applied migration whose file changed. */
final class EditedWarning {
    private EditedWarning() {}

    static String text(String id) {
        return AutogenProject.Upgraded.editedWarning(id);
    }
}
