package io.autogen.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The layout a project's {@code .editorconfig} asks of a Java file ({@code indent_style}, {@code indent_size},
 * {@code end_of_line}), applied to a rendered migration so that it passes the project's own format check. The files
 * are read from the migration's folder up to the one that says {@code root = true}; the nearer file wins, and in a
 * file the later section. Templates write four spaces a level; without an {@code .editorconfig} nothing changes.
 */
public final class EditorConfig {
    private static final int RENDERED_INDENT = 4;
    private final Map<String, String> properties;

    private EditorConfig(Map<String, String> properties) {
        this.properties = properties;
    }

    /** What the {@code .editorconfig} files above {@code file} say of it. */
    public static EditorConfig forFile(Path file) {
        List<Path> configs = new ArrayList<>();
        for (Path dir = file.toAbsolutePath().getParent(); dir != null; dir = dir.getParent()) {
            Path c = dir.resolve(".editorconfig");
            if (Files.isRegularFile(c)) {
                configs.add(0, c); // outermost first: nearer files override
                if (isRoot(c)) {
                    break;
                }
            }
        }
        Map<String, String> out = new HashMap<>();
        String name = file.getFileName().toString();
        for (Path c : configs) {
            read(c, name, out);
        }
        return new EditorConfig(out);
    }

    private static boolean isRoot(Path config) {
        try {
            for (String line : Files.readAllLines(config)) {
                String l = line.trim();
                if (l.startsWith("[")) {
                    return false;
                }
                if (l.toLowerCase(Locale.ROOT).replace(" ", "").equals("root=true")) {
                    return true;
                }
            }
        } catch (IOException e) {
            return false; // unreadable: as if absent
        }
        return false;
    }

    private static void read(Path config, String fileName, Map<String, String> out) {
        List<String> lines;
        try {
            lines = Files.readAllLines(config);
        } catch (IOException e) {
            return;
        }
        boolean applies = false;
        for (String line : lines) {
            String l = line.trim();
            if (l.isEmpty() || l.startsWith("#") || l.startsWith(";")) {
                continue;
            }
            if (l.startsWith("[") && l.endsWith("]")) {
                applies = matches(l.substring(1, l.length() - 1).trim(), fileName);
            } else if (applies && l.contains("=")) {
                String key = l.substring(0, l.indexOf('=')).trim().toLowerCase(Locale.ROOT);
                out.put(key, l.substring(l.indexOf('=') + 1).trim().toLowerCase(Locale.ROOT));
            }
        }
    }

    /** An {@code .editorconfig} glob ({@code *}, {@code **}, {@code ?}, {@code {a,b}}) against a file's name. */
    static boolean matches(String glob, String fileName) {
        String g = glob.startsWith("**/") ? glob.substring(3) : glob.startsWith("/") ? glob.substring(1) : glob;
        if (g.contains("/")) {
            g = g.substring(g.lastIndexOf('/') + 1); // a path glob: its last part names the files
        }
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < g.length(); i++) {
            char ch = g.charAt(i);
            switch (ch) {
                case '*' -> re.append("[^/]*");
                case '?' -> re.append("[^/]");
                case '{' -> re.append("(?:");
                case '}' -> re.append(")");
                case ',' -> re.append("|");
                default -> re.append(Pattern.quote(String.valueOf(ch)));
            }
        }
        return Pattern.matches(re.toString(), fileName);
    }

    /** {@code text} (four spaces a level, {@code \n}) in the layout asked for. */
    public String apply(String text) {
        String style = properties.getOrDefault("indent_style", "space");
        String size = properties.get("indent_size");
        String unit;
        if (style.equals("tab")) {
            unit = "\t";
        } else if (size != null && size.matches("\\d+")) {
            unit = " ".repeat(Integer.parseInt(size));
        } else {
            unit = " ".repeat(RENDERED_INDENT);
        }
        String eol = properties.getOrDefault("end_of_line", "lf").equals("crlf") ? "\r\n"
                : properties.getOrDefault("end_of_line", "lf").equals("cr") ? "\r" : "\n";
        if (unit.equals(" ".repeat(RENDERED_INDENT)) && eol.equals("\n")) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            int spaces = 0;
            while (spaces < line.length() && line.charAt(spaces) == ' ') {
                spaces++;
            }
            out.append(unit.repeat(spaces / RENDERED_INDENT)).append(" ".repeat(spaces % RENDERED_INDENT))
                    .append(line.substring(spaces)).append(eol);
        }
        out.setLength(out.length() - eol.length()); // split kept the text's own last line ending
        return out.toString();
    }
}
