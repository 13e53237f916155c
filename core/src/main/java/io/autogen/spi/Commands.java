package io.autogen.spi;

/**
 * The commands a fix hint tells the user to run, spelled as the tool they run autogen with spells them, so that a
 * Maven build log says {@code mvn autogen:upgrade} where the command line says {@code autogen upgrade head}.
 */
public interface Commands {
    /**
     * Write a migration for the entities' changes ({@code message}: the placeholder or a suggested message; null: the
     * command alone, as a sentence names it).
     */
    String generate(String message);

    /** Apply the migrations up to {@code target} ({@code head}, a revision, ...; null: the command alone). */
    String upgrade(String target);

    /** Apply the migrations although an applied one was edited since. */
    String upgradeAllowEdited();

    /** Record {@code revision} as applied without running migrations. */
    String stamp(String revision);

    /** The choice that writes a dropped and an added column as a rename ({@code flag}: {@code TABLE.OLD=NEW}). */
    String rename(String flag);

    /** The choice that writes a dropped and a created table as a rename ({@code flag}: {@code OLD=NEW}). */
    String renameTable(String flag);

    /** The command line's spelling. */
    Commands CLI = new Commands() {
        @Override public String generate(String message) {
            return message == null ? "autogen -m" : "autogen -m \"" + message + "\"";
        }

        @Override public String upgrade(String target) {
            return target == null ? "autogen upgrade" : "autogen upgrade " + target;
        }

        @Override public String upgradeAllowEdited() {
            return "autogen upgrade --allow-edited";
        }

        @Override public String stamp(String revision) {
            return "autogen stamp " + revision;
        }

        @Override public String rename(String flag) {
            return "--rename " + flag;
        }

        @Override public String renameTable(String flag) {
            return "--rename-table " + flag;
        }
    };
}
