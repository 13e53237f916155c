package io.autogen.render;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import io.autogen.error.ConfigException;
import io.autogen.ops.Operation;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders a migration file from operations. The downgrade is derived, never diffed: the upgrade reversed, each
 * operation inverted. The same inputs give byte-identical text.
 */
public final class MigrationRenderer {
    public static final String TEMPLATE = "migration.java.mustache";
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss").withZone(ZoneOffset.UTC);

    private final Path templatesDir;
    /** The Java package of the migrations ("" for the default package). */
    private final String javaPackage;

    /** @param templatesDir a project folder whose {@value #TEMPLATE} overrides the built-in one, or null */
    public MigrationRenderer(Path templatesDir) {
        this(templatesDir, "");
    }

    /**
     * @param javaPackage the package generated migrations are declared in, so that the application compiles them
     *                    like its other classes; "" for the default package
     */
    public MigrationRenderer(Path templatesDir, String javaPackage) {
        this.templatesDir = templatesDir;
        this.javaPackage = javaPackage == null ? "" : javaPackage;
    }

    /** The start of the file name of every migration created at {@code created} (to the second). */
    public static String filePrefix(java.time.Instant created) {
        return "M" + FILE_TIME.format(created) + "_";
    }

    /** A rendered migration: the class (and file) name and its text. */
    public record Rendered(String className, String text) {
        public String fileName() {
            return className + ".java";
        }
    }

    public Rendered render(RevisionHeader header, List<Operation> upgrade) {
        return renderWithComments(header, upgrade, upgrade.stream().map(CallRenderer::dataLoss).toList());
    }

    /**
     * With the comment lines of each upgrade operation (its lint findings). The downgrade says what data each of
     * its operations loses.
     */
    public Rendered renderWithComments(RevisionHeader header, List<Operation> upgrade,
                                       List<List<String>> upgradeComments) {
        List<Operation> downgrade = new ArrayList<>();
        for (int i = upgrade.size() - 1; i >= 0; i--) {
            downgrade.add(upgrade.get(i).reverse());
        }
        return render(header, upgrade, upgradeComments, downgrade);
    }

    public Rendered render(RevisionHeader header, List<Operation> upgrade, List<Operation> downgrade) {
        return render(header, upgrade, upgrade.stream().map(CallRenderer::dataLoss).toList(), downgrade);
    }

    private Rendered render(RevisionHeader header, List<Operation> upgrade, List<List<String>> upgradeComments,
                            List<Operation> downgrade) {
        CallRenderer calls = new CallRenderer();
        List<String> helpers = new ArrayList<>();
        String up = body(calls, "upgrade", upgrade, upgradeComments, helpers);
        String down = body(calls, "downgrade", downgrade, downgrade.stream().map(CallRenderer::dataLoss).toList(),
                helpers);
        List<String> imports = new ArrayList<>(List.of(
                "import io.autogen.api.Migration;", "import io.autogen.api.Operations;", "import io.autogen.api.Revision;"));
        if (!calls.usedBuilders().isEmpty()) {
            imports.add("");
            calls.usedBuilders().forEach(b -> imports.add("import static io.autogen.api.Ddl." + b + ";"));
        }
        String className = className(header);
        Map<String, Object> scope = new HashMap<>();
        scope.put("imports", imports);
        scope.put("id", header.id());
        scope.put("parents", "{" + JavaText.literals(header.parents()) + "}");
        scope.put("parentsText", header.parents().isEmpty() ? "none (first revision)" : String.join(", ", header.parents()));
        scope.put("message", header.message().replace("*/", "* /"));
        scope.put("messageLiteral", JavaText.literal(header.message()));
        scope.put("created", header.createdText());
        // a revision with an online form runs outside a transaction, and says so where a reviewer looks first
        boolean outside = upgrade.stream().anyMatch(Operation::outsideTransaction)
                || downgrade.stream().anyMatch(Operation::outsideTransaction);
        scope.put("transactional", outside ? ", transactional = false" : "");
        scope.put("outsideTransaction", outside ? "on PostgreSQL its statements are committed one by\n"
                + " * one, so that CONCURRENTLY can run and VALIDATE checks rows without blocking writes. Each is safe to\n"
                + " * run again: after a failure, run the upgrade again to finish it. The version is recorded last." : null);
        scope.put("className", className);
        scope.put("package", javaPackage.isEmpty() ? null : javaPackage);
        scope.put("upgrade", up);
        scope.put("downgrade", down);
        scope.put("helpers", helpers.isEmpty() ? "" : "\n" + String.join("\n", helpers));
        StringWriter out = new StringWriter();
        template().execute(out, scope);
        String text = out.toString().replace("\r\n", "\n");
        if (!javaPackage.isEmpty() && !text.matches("(?s)\\s*(/\\*.*?\\*/\\s*|//[^\\n]*\\n\\s*)*package\\s.*")) {
            // a project's own template from before packages has no {{#package}} slot: the class needs it all the same
            text = "package " + javaPackage + ";\n\n" + text;
        }
        return new Rendered(className, text.endsWith("\n") ? text : text + "\n");
    }

    /** Operations per method: a JVM method holds at most 64 KiB of bytecode, and a 500-table schema is more. */
    static final int CHUNK = 40;

    /**
     * The calls of one direction. Past {@value #CHUNK} operations they go into numbered helper methods, each
     * small enough to compile, called in order from the method itself.
     */
    private static String body(CallRenderer calls, String direction, List<Operation> ops,
                               List<List<String>> comments, List<String> helpers) {
        if (ops.isEmpty()) {
            return CallRenderer.INDENT + "// nothing to do";
        }
        if (ops.size() <= CHUNK) {
            return calls.render(ops, comments);
        }
        List<String> callLines = new ArrayList<>();
        for (int from = 0, part = 1; from < ops.size(); from += CHUNK, part++) {
            String name = direction + "Part" + part;
            callLines.add(CallRenderer.INDENT + name + "(op);");
            helpers.add("    private static void " + name + "(Operations op) {\n"
                    + calls.render(ops.subList(from, Math.min(ops.size(), from + CHUNK)),
                    comments.subList(from, Math.min(ops.size(), from + CHUNK))) + "\n    }\n");
        }
        return String.join("\n", callLines);
    }

    /** {@code M20261122_0530_AddBioColumnToUsers}: a directory listing is chronological. */
    static String className(RevisionHeader header) {
        StringBuilder words = new StringBuilder();
        for (String w : header.message().split("[^A-Za-z0-9]+")) {
            if (!w.isEmpty() && words.length() < 60) {
                words.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
            }
        }
        String suffix = words.length() == 0 ? "Revision" : words.toString();
        return filePrefix(header.created()) + suffix;
    }

    private Mustache template() {
        DefaultMustacheFactory factory = new DefaultMustacheFactory() {
            @Override public void encode(String value, Writer writer) {
                try {
                    writer.write(value); // generated Java, not HTML: no escaping
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
        return factory.compile(new StringReader(templateText()), TEMPLATE);
    }

    private String templateText() {
        if (templatesDir != null) {
            Path custom = templatesDir.resolve(TEMPLATE);
            if (Files.isRegularFile(custom)) {
                try {
                    return Files.readString(custom);
                } catch (IOException e) {
                    throw new ConfigException("cannot read template " + custom + ": " + e.getMessage());
                }
            }
        }
        try (var in = MigrationRenderer.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("built-in template " + TEMPLATE + " missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
