package io.autogen.revision;

import io.autogen.runtime.revision.RevisionFile;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import io.autogen.error.RevisionException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reads {@code @Revision} from every {@code .java} file of the migrations folder, without compiling. */
public final class RevisionReader {
    /** Made on first need only: most files never need it. */
    private JavaParser parser;
    public static final Pattern ID = Pattern.compile("[0-9a-f]{12}");
    private static final Pattern REVISION = Pattern.compile("@(?:io\\.autogen\\.api\\.)?Revision\\s*\\(");
    private static final Pattern CLASS = Pattern.compile("\\b(?:class|record|enum)\\s+([A-Za-z_$][\\w$]*)");
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;");

    public List<RevisionFile> read(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new RevisionException("cannot read migrations folder " + dir + ": " + e.getMessage());
        }
        List<RevisionFile> out = new ArrayList<>();
        for (Path f : files) {
            out.add(readFile(f));
        }
        return out;
    }

    /**
     * Parses only the {@code @Revision} annotation (found by a literal-aware scan), not the whole file: a
     * 500-table migration is half a megabyte, and its code is read by javac only if it runs.
     */
    private RevisionFile readFile(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new RevisionException("cannot read " + file + ": " + e.getMessage());
        }
        String code = JavaCode.stripComments(text);
        Matcher at = REVISION.matcher(code);
        if (!at.find()) {
            throw new RevisionException("migration " + file + " has no @Revision annotation: add"
                    + " @Revision(id = \"<12 hex>\", parents = {...}) or move the file out of the migrations folder");
        }
        int open = code.indexOf('(', at.start());
        int close = open < 0 ? -1 : JavaCode.closingParen(code, open);
        if (close < 0) {
            throw new RevisionException("migration " + file + " is not valid Java: the @Revision annotation is not closed");
        }
        String annotation = code.substring(at.start(), close + 1);
        Map<String, Object> values = AnnotationLiterals.parse(annotation).orElseGet(() -> viaJavaParser(file, annotation));
        Matcher cls = CLASS.matcher(code);
        if (!cls.find(close)) {
            throw new RevisionException("migration " + file + " is not valid Java: no class follows @Revision");
        }
        Matcher pkg = PACKAGE.matcher(code);
        String prefix = pkg.find() ? pkg.group(1) + "." : "";
        return fromValues(file, prefix + cls.group(1), values, JavaCode.digest(code));
    }

    /** The slow, exact path: JavaParser reads what the literal scanner did not, and words what is wrong. */
    private Map<String, Object> viaJavaParser(Path file, String annotation) {
        ParseResult<AnnotationExpr> ann = parser().parseAnnotation(annotation);
        if (!ann.isSuccessful() || ann.getResult().isEmpty()) {
            throw new RevisionException("migration " + file + " is not valid Java: " + ann.getProblems().stream()
                    .findFirst().map(p -> p.getMessage().lines().findFirst().orElse("")).orElse("bad @Revision"));
        }
        if (!ann.getResult().get().isNormalAnnotationExpr()) {
            throw new RevisionException("migration " + file + ": @Revision needs id = \"...\" and parents = {...}");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (MemberValuePair p : ann.getResult().get().asNormalAnnotationExpr().getPairs()) {
            String name = p.getNameAsString();
            out.put(name, name.equals("parents") ? strings(file, p.getValue())
                    : p.getValue() instanceof com.github.javaparser.ast.expr.BooleanLiteralExpr b ? (Object) b.getValue()
                    : string(file, name, p.getValue()));
        }
        return out;
    }

    private JavaParser parser() {
        if (parser == null) {
            parser = new JavaParser(new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));
        }
        return parser;
    }

    @SuppressWarnings("unchecked")
    private RevisionFile fromValues(Path file, String className, Map<String, Object> values, String checksum) {
        String id = null, message = null, created = null;
        boolean transactional = true;
        List<String> parents = List.of();
        for (Map.Entry<String, Object> e : values.entrySet()) {
            Object v = e.getValue();
            switch (e.getKey()) {
                case "id" -> id = text(file, "id", v);
                case "message" -> message = text(file, "message", v);
                case "created" -> created = text(file, "created", v);
                case "transactional" -> {
                    if (!(v instanceof Boolean b)) {
                        throw new RevisionException("migration " + file + ": @Revision transactional must be true or false");
                    }
                    transactional = b;
                }
                case "parents" -> parents = v instanceof List<?> l ? (List<String>) l : List.of(text(file, "parents", v));
                default -> throw new RevisionException("migration " + file + ": unknown @Revision attribute " + e.getKey());
            }
        }
        if (id == null || !ID.matcher(id).matches()) {
            throw new RevisionException("migration " + file + ": @Revision id must be 12 lowercase hex characters, got "
                    + (id == null ? "none" : "\"" + id + "\""));
        }
        for (String parent : parents) {
            if (!ID.matcher(parent).matches()) {
                throw new RevisionException("migration " + file + ": parent \"" + parent + "\" is not a revision id");
            }
        }
        return new RevisionFile(id, parents, message, created, file, className, checksum, transactional);
    }

    private static String text(Path file, String what, Object v) {
        if (v instanceof String s) {
            return s;
        }
        throw new RevisionException("migration " + file + ": @Revision " + what + " must be a single string literal");
    }

    private static String string(Path file, String what, Expression e) {
        if (e instanceof StringLiteralExpr s) {
            return s.asString();
        }
        throw new RevisionException("migration " + file + ": @Revision " + what + " must be a string literal, got " + e);
    }

    private static List<String> strings(Path file, Expression e) {
        if (e instanceof ArrayInitializerExpr a) {
            List<String> out = new ArrayList<>();
            a.getValues().forEach(v -> out.add(string(file, "parents", v)));
            return out;
        }
        return List.of(string(file, "parents", e));
    }
}
