package io.autogen.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each kind of constraint answers its own visitor method, and the samples cover every kind. */
class ConstraintVisitorTest {
    private static final List<Constraint> SAMPLES = List.of(
            new PrimaryKey(null, List.of("id")),
            new Index("ix_a", List.of("a"), false),
            new UniqueKey("uq_a", List.of("a")),
            new ForeignKey("fk_a", List.of("a_id"), "a", List.of("id"), null),
            new Check("ck_a", "a > 0"));

    /** Names the method called, and the constraint it was called with. */
    private static final ConstraintVisitor<String> NAMES = new ConstraintVisitor<>() {
        @Override public String primaryKey(PrimaryKey c) { return "PrimaryKey " + c; }
        @Override public String index(Index c) { return "Index " + c; }
        @Override public String uniqueKey(UniqueKey c) { return "UniqueKey " + c; }
        @Override public String foreignKey(ForeignKey c) { return "ForeignKey " + c; }
        @Override public String check(Check c) { return "Check " + c; }
    };

    @Test
    void acceptCallsTheMethodOfItsKind() {
        for (Constraint c : SAMPLES) {
            assertEquals(c.getClass().getSimpleName() + " " + c, c.accept(NAMES));
        }
    }

    @Test
    void samplesCoverEveryKind() {
        Set<Class<?>> covered = SAMPLES.stream().map(Object::getClass).collect(Collectors.toSet());
        Set<Class<?>> all = Arrays.stream(Constraint.class.getPermittedSubclasses()).collect(Collectors.toSet());
        assertEquals(all, covered);
    }
}
