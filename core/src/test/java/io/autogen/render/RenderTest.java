package io.autogen.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.autogen.api.Migration;
import io.autogen.compile.InMemoryCompiler;
import io.autogen.diff.Comparator;
import io.autogen.dialect.postgres.PostgresTypes;
import io.autogen.error.ModelException;
import io.autogen.fixtures.Fixtures;
import io.autogen.model.Schema;
import io.autogen.model.Sequence;
import io.autogen.ops.Operation;
import io.autogen.ops.SchemaApplier;
import io.autogen.runtime.Backends;
import io.autogen.runtime.OperationsFacade;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden files pin the text; compiling and replaying the text proves it says what the operations say. */
class RenderTest {
    private static final Instant CREATED = Instant.parse("2026-11-22T05:30:00Z");
    private static final Path GOLDEN = Path.of("core/src/test/resources/golden");

    private static Schema start() {
        return new Schema(Fixtures.schema(Fixtures.richTable(), Fixtures.table("venue", Fixtures.id())).tables(),
                List.of(new Sequence("old_seq", 1, 1)));
    }

    /** A schema each operation applies to: the start, or what its reverse leaves. */
    private static Schema baseFor(Operation op) {
        try {
            SchemaApplier.apply(start(), op);
            return start();
        } catch (ModelException e) {
            return SchemaApplier.apply(start(), op.reverse());
        }
    }

    @Test
    void everyOperationRendersCompilesAndReplaysToItself() throws Exception {
        List<Operation> ops = Fixtures.everyOperation();
        List<InMemoryCompiler.Source> sources = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < ops.size(); i++) {
            var header = new RevisionHeader(String.format("%012x", i), List.of(), "op " + i, CREATED);
            var rendered = new MigrationRenderer(null).render(header, List.of(ops.get(i)));
            sources.add(new InMemoryCompiler.Source(rendered.fileName(), rendered.text()));
            names.add(rendered.className());
        }
        var out = new InMemoryCompiler(InMemoryCompiler.processClasspath()).compileSources(sources);
        ClassLoader loader = out.loader(getClass().getClassLoader());
        for (int i = 0; i < ops.size(); i++) {
            Operation op = ops.get(i);
            Migration m = (Migration) loader.loadClass(names.get(i)).getDeclaredConstructor().newInstance();
            Schema base = baseFor(op);
            OperationsFacade up = new OperationsFacade(base, new Backends.Model());
            m.upgrade(up);
            assertEquals(List.of(op), up.applied(), "upgrade of " + op);
            OperationsFacade down = new OperationsFacade(up.schema(), new Backends.Model());
            m.downgrade(down);
            // hand-written SQL has no derived inverse to replay, and nothing undoes a backfill
            if (!(op instanceof io.autogen.ops.ExecuteSql) && !(op instanceof io.autogen.ops.Backfill)) {
                assertEquals(List.of(op.reverse()), down.applied(), "downgrade of " + op);
            }
        }
    }

    @Test
    void initialSchemaMatchesGoldenFile() throws Exception {
        var ops = new Comparator(new PostgresTypes()).compare(Schema.EMPTY, start());
        var header = new RevisionHeader("3f2a9c1d7e4b", List.of(), "initial schema", CREATED);
        golden("M20261122_053000_InitialSchema.java", new MigrationRenderer(null).render(header, ops).text());
    }

    @Test
    void changesAndDataLossMatchGoldenFile() throws Exception {
        var event = Fixtures.richTable();
        var changed = new io.autogen.model.Table("event", List.of(Fixtures.id(), Fixtures.notNull("title", "varchar(100)"),
                Fixtures.notNull("venue_id", "bigint"), Fixtures.col("bio", "varchar(500)")), event.primaryKey(),
                List.of(), event.uniqueKeys(), List.of(), List.of(), event.comment());
        Schema desired = Fixtures.schema(changed);
        var ops = new Comparator(new PostgresTypes()).compare(start(), desired);
        var header = new RevisionHeader("b8e5e43b379d", List.of("3f2a9c1d7e4b"), "drop status, add bio", CREATED);
        String text = new MigrationRenderer(null).render(header, ops).text();
        assertTrue(text.contains("// DATA LOSS: drops column event.status"), text);
        assertTrue(text.contains("// DATA LOSS: narrows event.title"), text);
        golden("M20261122_053000_DropStatusAddBio.java", text);
    }

    @Test
    void aLargeSchemaIsSplitIntoMethodsSmallEnoughToCompileAndReplaysInOrder() throws Exception {
        List<io.autogen.model.Table> tables = new ArrayList<>();
        for (int t = 0; t < 300; t++) {
            List<io.autogen.model.Column> cols = new ArrayList<>(List.of(Fixtures.id()));
            for (int c = 0; c < 12; c++) {
                cols.add(Fixtures.col("column_number_" + c, "varchar(255)").withDefault("'x'").withComment("c" + c));
            }
            tables.add(Fixtures.table(String.format("table_%03d", t), cols.toArray(io.autogen.model.Column[]::new)));
        }
        var ops = new Comparator(new PostgresTypes()).compare(Schema.EMPTY, new Schema(tables, List.of()));
        var rendered = new MigrationRenderer(null).render(new RevisionHeader("00000000beef", List.of(), "big", CREATED), ops);
        assertTrue(rendered.text().contains("        upgradePart8(op);\n"), "300 tables in parts of " + MigrationRenderer.CHUNK);
        var out = new InMemoryCompiler(InMemoryCompiler.processClasspath()).compileSources(
                List.of(new InMemoryCompiler.Source(rendered.fileName(), rendered.text())));
        Migration m = (Migration) out.loader(getClass().getClassLoader()).loadClass(rendered.className())
                .getDeclaredConstructor().newInstance();
        OperationsFacade up = new OperationsFacade(Schema.EMPTY, new Backends.Model());
        m.upgrade(up);
        assertEquals(ops, up.applied());
        OperationsFacade down = new OperationsFacade(up.schema(), new Backends.Model());
        m.downgrade(down);
        assertEquals(Schema.EMPTY, down.schema());
    }

    @Test
    void renderingIsByteStableAndImportsOnlyWhatItUses() {
        var header = new RevisionHeader("000000000001", List.of(), "add bio", CREATED);
        List<Operation> ops = List.of(new io.autogen.ops.AddColumn("event", Fixtures.col("bio", "text")));
        String a = new MigrationRenderer(null).render(header, ops).text();
        String b = new MigrationRenderer(null).render(header, ops).text();
        assertEquals(a, b);
        assertTrue(a.contains("import static io.autogen.api.Ddl.column;"));
        assertTrue(!a.contains("import static io.autogen.api.Ddl.index;"), a);
        assertTrue(!a.contains("\r"));
        assertEquals("M20261122_053000_AddBio", new MigrationRenderer(null).render(header, ops).className());
    }

    @Test
    void projectTemplateOverridesTheBuiltInOne(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(MigrationRenderer.TEMPLATE), "// custom {{id}}\n{{{upgrade}}}\n");
        var header = new RevisionHeader("000000000001", List.of(), "x", CREATED);
        String text = new MigrationRenderer(dir).render(header, List.of()).text();
        assertTrue(text.startsWith("// custom 000000000001\n"), text);
    }

    private static void golden(String name, String actual) throws Exception {
        Path file = GOLDEN.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual,
                "rendered text differs from " + file + " (rerun with -Dgolden.update=true after reviewing)");
        // and the golden text compiles against the autogen API alone
        new InMemoryCompiler(InMemoryCompiler.processClasspath()).compileSources(
                List.of(new InMemoryCompiler.Source(name, actual)));
    }
}
