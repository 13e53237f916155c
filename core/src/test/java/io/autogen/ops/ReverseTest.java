package io.autogen.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.autogen.fixtures.Fixtures;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ReverseTest {
    @Test
    void reverseIsAnInvolutionForEveryOperation() {
        for (Operation op : Fixtures.everyOperation()) {
            assertEquals(op, op.reverse().reverse(), op.toString());
            if (!(op instanceof SetTableComment) && !(op instanceof ExecuteSql) && !(op instanceof Backfill)) {
                assertNotEquals(op, op.reverse(), "a reverse must undo: " + op);
            }
        }
    }

    @Test
    void fixturesCoverEveryOperationType() {
        Set<Class<?>> covered = Fixtures.everyOperation().stream().map(Object::getClass).collect(Collectors.toSet());
        Set<Class<?>> all = Arrays.stream(Operation.class.getPermittedSubclasses()).collect(Collectors.toSet());
        assertEquals(all, covered);
    }

    @Test
    void destructiveOperationsSayWhatTheyLose() {
        var drop = new DropColumn("users", io.autogen.fixtures.Fixtures.col("bio", "text"));
        assertEquals("drops column users.bio and its values", drop.dataLoss());
        assertEquals(null, drop.reverse().dataLoss());
        var narrow = new AlterColumn("users", Fixtures.col("name", "varchar(80)"), Fixtures.col("name", "varchar(40)"));
        assertNotEquals(null, narrow.dataLoss());
        assertEquals(null, narrow.reverse().dataLoss(), "widening loses nothing");
    }

    @Test
    void typeWidthKnowsWhatNarrows() {
        assertEquals(true, TypeWidth.narrows("varchar(80)", "varchar(40)"));
        assertEquals(false, TypeWidth.narrows("varchar(40)", "varchar(80)"));
        assertEquals(false, TypeWidth.narrows("varchar(40)", "text"));
        assertEquals(true, TypeWidth.narrows("text", "varchar(40)"));
        assertEquals(true, TypeWidth.narrows("bigint", "integer"));
        assertEquals(false, TypeWidth.narrows("integer", "bigint"));
        assertEquals(true, TypeWidth.narrows("numeric(12,2)", "numeric(10,2)"));
        assertEquals(true, TypeWidth.narrows("numeric(12,2)", "numeric(12,1)"));
        assertEquals(false, TypeWidth.narrows("numeric(10,2)", "numeric(12,2)"));
        assertEquals(true, TypeWidth.narrows("varchar(10)", "integer"));
    }
}
