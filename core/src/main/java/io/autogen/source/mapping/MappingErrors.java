package io.autogen.source.mapping;

import java.util.Map;

/** The one line that says why entities could not be mapped. No Hibernate type here: both sides of the loaders use it. */
public final class MappingErrors {
    private MappingErrors() {}

    /**
     * The one line that says why the mapping failed. A class missing from the class path (anywhere in the cause
     * chain: Hibernate wraps it in reflection's InvocationTargetException, whose own message is empty) is named
     * with the class that needs it, when discovery saw which one that is, and what to do.
     */
    public static String oneLine(Throwable e, Map<String, String> unloadable) {
        String missing = null;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof NoClassDefFoundError) { // the class being defined lacks it: the most precise name
                missing = t.getMessage();
                break;
            }
            if (missing == null && t instanceof ClassNotFoundException) {
                missing = t.getMessage();
            } else if (missing == null && t instanceof TypeNotPresentException tnp && !tnp.typeName().startsWith("[")) {
                missing = tnp.typeName(); // an annotation's class value: "[unknown]" when reflection lost the name
            }
        }
        if (missing == null) {
            return oneLine(e);
        }
        String slashes = missing.replace('.', '/');
        String needer = unloadable.entrySet().stream().filter(u -> u.getValue().replace('.', '/').equals(slashes))
                .map(Map.Entry::getKey).findFirst().orElse(null);
        return (needer == null ? "the entities need " : "class " + needer + " needs ") + missing
                + ", which is not on the class path: add its jar to classpath= in autogen.properties";
    }

    public static String oneLine(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t && t.getMessage() != null
                && t.getCause().getMessage() != null && t.getMessage().contains(t.getCause().getMessage())) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return m.lines().findFirst().orElse(m);
    }

}
