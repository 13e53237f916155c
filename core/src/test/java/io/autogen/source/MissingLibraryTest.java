package io.autogen.source;

import io.autogen.cli.BadInputTest;

import io.autogen.cli.AppProject;
import io.autogen.cli.JsonReader;
import io.autogen.cli.Project;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.autogen.compile.InMemoryCompiler;
import io.autogen.fixtures.TestDb;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Entities that need a library that is not on classpath=: the error names what is missing and who needs it. */
public class MissingLibraryTest {
    @TempDir Path dir;

    /** Compiles sources (path, text) against the test class path plus {@code extra}, into a class folder. */
    public static Path compile(Path into, List<String> extra, String... pathsAndTexts) throws Exception {
        List<InMemoryCompiler.Source> sources = new ArrayList<>();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            sources.add(new InMemoryCompiler.Source(pathsAndTexts[i], pathsAndTexts[i + 1]));
        }
        List<String> cp = new ArrayList<>(InMemoryCompiler.processClasspath());
        cp.addAll(extra);
        for (Map.Entry<String, byte[]> c : new InMemoryCompiler(cp).compileSources(sources).classes().entrySet()) {
            Path f = into.resolve(c.getKey().replace('.', '/') + ".class");
            Files.createDirectories(f.getParent());
            Files.write(f, c.getValue());
        }
        return into;
    }

    @Test
    void aClassFromAMissingJarIsNamedWithTheClassThatNeedsIt() throws Exception {
        // a "framework" the entity listener implements, then entities compiled against it
        Path framework = compile(dir.resolve("framework"), List.of(),
                "org/acme/fw/AuditHook.java", "package org.acme.fw; public interface AuditHook { }");
        Project p = new Project(dir.resolve("p"), TestDb.sqlite(dir));
        compile(p.dir.resolve("classes"), List.of(framework.toString()),
                "app/Listener.java", "package app; public class Listener implements org.acme.fw.AuditHook {"
                        + " @jakarta.persistence.PrePersist void before(Object o) { } }",
                "app/AppUser.java", "package app; import jakarta.persistence.*;"
                        + " @Entity @EntityListeners(Listener.class) public class AppUser { @Id Long id; }");
        Files.writeString(p.dir.resolve("autogen.properties"), "url=" + p.db.url() + "\nentities=classes\n");
        var r = p.run("-m", "init");
        BadInputTest.oneLineError(r, "entities do not map: class app.Listener needs org/acme/fw/AuditHook, which is"
                + " not on the class path: add its jar to classpath= in autogen.properties");
        assertEquals(0, p.migrations().size());
        // with the framework on classpath= it maps
        Files.writeString(p.dir.resolve("autogen.properties"), "url=" + p.db.url() + "\nentities=classes\nclasspath="
                + framework + "\n");
        var ok = p.run("-m", "init");
        assertEquals(0, ok.code(), ok.toString());
    }

    @Test
    void everyMissingPackageIsListedInOneRunWithTheFilesThatNeedIt() throws Exception {
        Project p = new Project(dir.resolve("p"), TestDb.sqlite(dir))
                .entity("AppUser", "@Entity public class AppUser { @Id Long id;"
                        + " @org.example.audit.annotation.CreatedBy String by; }\n")
                .entity("Order", "import com.acme.audit.Audited;\n@Entity @Table(name = \"orders\") @Audited public class Order {"
                        + " @Id Long id; }\n")
                .entity("Line", "import com.acme.audit.Audited;\n@Entity @Audited public class Line { @Id Long id; }\n");
        var r = p.run("-m", "init");
        // file names are as javac gives them (relative to the working directory when the project is in it)
        r = new Project.Result(r.code(), r.out(), r.err().replace(p.dir + "/", ""));
        BadInputTest.oneLineError(r, "entity sources do not compile: packages not on the class path:"
                + " com.acme.audit (needed by entities/app/Line.java:6, entities/app/Order.java:6),"
                + " org.example.audit.annotation (needed by entities/app/AppUser.java:6):"
                + " add the jars that hold them to classpath= in autogen.properties");
    }
}
