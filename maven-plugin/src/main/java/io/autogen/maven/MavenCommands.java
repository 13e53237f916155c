package io.autogen.maven;

import io.autogen.spi.Commands;

/** The fixes' commands as a Maven build runs them: the plugin's goals and properties. */
final class MavenCommands implements Commands {
    @Override public String generate(String message) {
        return message == null ? "mvn compile autogen:generate"
                : "mvn compile autogen:generate -Dautogen.message=\"" + message + "\"";
    }

    @Override public String upgrade(String target) {
        return target == null || target.equals("head") ? "mvn autogen:upgrade" : "mvn autogen:upgrade -Dautogen.target=" + target;
    }

    @Override public String upgradeAllowEdited() {
        return "mvn autogen:upgrade -Dautogen.allowEdited";
    }

    @Override public String stamp(String revision) {
        return "the command line's autogen stamp " + revision; // the plugin has no stamp goal
    }

    @Override public String rename(String flag) {
        return "-Dautogen.rename=" + flag;
    }

    @Override public String renameTable(String flag) {
        return "-Dautogen.renameTable=" + flag;
    }
}
