package io.autogen.runtime.revision;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.printer.DefaultPrettyPrinter;
import com.github.javaparser.printer.configuration.DefaultConfigurationOption;
import com.github.javaparser.printer.configuration.DefaultPrinterConfiguration;
import io.autogen.error.RevisionException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reads {@code @Revision} from every {@code .java} file of the migrations folder, without compiling. */
public final class RevisionReader {
    public static final Pattern ID = Pattern.compile("[0-9a-f]{12}");

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
        JavaParser parser = new JavaParser(new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));
        for (Path f : files) {
            out.add(read(parser, f));
        }
        return out;
    }

    private RevisionFile read(JavaParser parser, Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new RevisionException("cannot read " + file + ": " + e.getMessage());
        }
        ParseResult<CompilationUnit> result = parser.parse(text);
        if (!result.isSuccessful() || result.getResult().isEmpty()) {
            String problem = result.getProblems().isEmpty() ? "unparseable" : result.getProblems().get(0).getVerboseMessage()
                    .lines().findFirst().orElse("");
            throw new RevisionException("migration " + file + " is not valid Java: " + problem);
        }
        CompilationUnit cu = result.getResult().get();
        for (TypeDeclaration<?> type : cu.getTypes()) {
            Optional<AnnotationExpr> ann = type.getAnnotationByName("Revision");
            if (ann.isPresent()) {
                String pkg = cu.getPackageDeclaration().map(d -> d.getNameAsString() + ".").orElse("");
                return fromAnnotation(file, pkg + type.getNameAsString(), ann.get(), checksum(cu));
            }
        }
        throw new RevisionException("migration " + file + " has no @Revision annotation: add"
                + " @Revision(id = \"<12 hex>\", parents = {...}) or move the file out of the migrations folder");
    }

    private RevisionFile fromAnnotation(Path file, String className, AnnotationExpr ann, String checksum) {
        if (!ann.isNormalAnnotationExpr()) {
            throw new RevisionException("migration " + file + ": @Revision needs id = \"...\" and parents = {...}");
        }
        String id = null, message = null, created = null;
        List<String> parents = List.of();
        for (MemberValuePair p : ann.asNormalAnnotationExpr().getPairs()) {
            switch (p.getNameAsString()) {
                case "id" -> id = string(file, "id", p.getValue());
                case "message" -> message = string(file, "message", p.getValue());
                case "created" -> created = string(file, "created", p.getValue());
                case "parents" -> parents = strings(file, p.getValue());
                default -> throw new RevisionException("migration " + file + ": unknown @Revision attribute "
                        + p.getNameAsString());
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
        return new RevisionFile(id, parents, message, created, file, className, checksum);
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

    /** Hash of the code without comments or layout: editing a comment is not editing a migration. */
    static String checksum(CompilationUnit cu) {
        DefaultPrinterConfiguration config = new DefaultPrinterConfiguration();
        config.removeOption(new DefaultConfigurationOption(DefaultPrinterConfiguration.ConfigOption.PRINT_COMMENTS));
        config.removeOption(new DefaultConfigurationOption(DefaultPrinterConfiguration.ConfigOption.PRINT_JAVADOC));
        String code = new DefaultPrettyPrinter(config).print(cu);
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h);
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
