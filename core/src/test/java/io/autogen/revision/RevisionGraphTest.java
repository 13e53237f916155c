package io.autogen.revision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.autogen.error.RevisionException;
import io.autogen.runtime.revision.RevisionFile;
import io.autogen.runtime.revision.RevisionGraph;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Graphs built in memory: heads, branch points, merges, cycles, relative and prefix targets, ranges. */
class RevisionGraphTest {

    private static RevisionFile rev(String id, String... parents) {
        return new RevisionFile(id, List.of(parents), "m" + id, "2026-11-22T00:00:" + id.substring(10) + "Z",
                Path.of(id + ".java"), "M" + id, "sum" + id);
    }

    // a1 -> b2 -> c3 (head)           linear
    private static RevisionGraph linear() {
        return new RevisionGraph(List.of(rev("aaaaaaaaaa01"), rev("bbbbbbbbbb02", "aaaaaaaaaa01"),
                rev("cccccccccc03", "bbbbbbbbbb02")));
    }

    // a1 -> b2 -> {c3, d4}; merge e5 = (c3, d4)
    private static List<RevisionFile> branched() {
        return List.of(rev("aaaaaaaaaa01"), rev("bbbbbbbbbb02", "aaaaaaaaaa01"), rev("cccccccccc03", "bbbbbbbbbb02"),
                rev("dddddddddd04", "bbbbbbbbbb02"));
    }

    @Test
    void linearHeadAndOrder() {
        RevisionGraph g = linear();
        assertEquals(List.of("cccccccccc03"), g.heads());
        assertEquals(List.of("aaaaaaaaaa01", "bbbbbbbbbb02", "cccccccccc03"),
                g.ordered().stream().map(RevisionFile::id).toList());
        assertEquals("cccccccccc03", g.singleHead());
    }

    @Test
    void upgradeAndDowngradePlans() {
        RevisionGraph g = linear();
        assertEquals(List.of("aaaaaaaaaa01", "bbbbbbbbbb02", "cccccccccc03"), ids(g.upgradePlan(Set.of(), Set.of("cccccccccc03"))));
        assertEquals(List.of("cccccccccc03"), ids(g.upgradePlan(Set.of("bbbbbbbbbb02"), Set.of("cccccccccc03"))));
        assertEquals(List.of("cccccccccc03", "bbbbbbbbbb02"), ids(g.downgradePlan(Set.of("cccccccccc03"), Set.of("aaaaaaaaaa01"))));
        assertEquals(List.of("cccccccccc03", "bbbbbbbbbb02", "aaaaaaaaaa01"), ids(g.downgradePlan(Set.of("cccccccccc03"), Set.of())));
        assertThrows(RevisionException.class, () -> g.downgradePlan(Set.of("aaaaaaaaaa01"), Set.of("cccccccccc03")));
    }

    @Test
    void relativeTargets() {
        RevisionGraph g = linear();
        assertEquals("aaaaaaaaaa01", g.forward(Set.of(), 1));
        assertEquals("cccccccccc03", g.forward(Set.of("aaaaaaaaaa01"), 2));
        assertThrows(RevisionException.class, () -> g.forward(Set.of("bbbbbbbbbb02"), 2));
        assertEquals(Set.of("bbbbbbbbbb02"), g.backward(Set.of("cccccccccc03"), 1));
        assertEquals(Set.of(), g.backward(Set.of("cccccccccc03"), 3));
        assertThrows(RevisionException.class, () -> g.backward(Set.of("cccccccccc03"), 4));
    }

    @Test
    void prefixes() {
        RevisionGraph g = new RevisionGraph(List.of(rev("abcaaaaaaa01"), rev("abdbbbbbbb02", "abcaaaaaaa01")));
        assertEquals("abcaaaaaaa01", g.resolve("abc"));
        RevisionException ambiguous = assertThrows(RevisionException.class, () -> g.resolve("ab"));
        assertTrue(ambiguous.getMessage().contains("ambiguous"));
        RevisionException unknown = assertThrows(RevisionException.class, () -> g.resolve("ffff"));
        assertTrue(unknown.getMessage().contains("unknown revision ffff"));
    }

    @Test
    void branchesHaveTwoHeadsAndRefuseHead() {
        RevisionGraph g = new RevisionGraph(branched());
        assertEquals(List.of("cccccccccc03", "dddddddddd04"), g.heads());
        RevisionException e = assertThrows(RevisionException.class, g::singleHead);
        assertTrue(e.getMessage().contains("autogen merge"), e.getMessage());
        assertThrows(RevisionException.class, () -> g.forward(Set.of("bbbbbbbbbb02"), 1));
        // upgrade heads applies both branches, parents first
        assertEquals(List.of("aaaaaaaaaa01", "bbbbbbbbbb02", "cccccccccc03", "dddddddddd04"),
                ids(g.upgradePlan(Set.of(), Set.of("cccccccccc03", "dddddddddd04"))));
        assertEquals(Set.of("cccccccccc03", "dddddddddd04"),
                g.headsOf(g.ancestors(Set.of("cccccccccc03", "dddddddddd04"))));
    }

    @Test
    void mergeJoinsHeads() {
        List<RevisionFile> revs = new ArrayList<>(branched());
        revs.add(rev("eeeeeeeeee05", "cccccccccc03", "dddddddddd04"));
        RevisionGraph g = new RevisionGraph(revs);
        assertEquals(List.of("eeeeeeeeee05"), g.heads());
        assertEquals(List.of("eeeeeeeeee05"), ids(g.upgradePlan(Set.of("cccccccccc03", "dddddddddd04"), Set.of("eeeeeeeeee05"))));
        // from one branch, upgrading to the merge brings the other branch first
        assertEquals(List.of("dddddddddd04", "eeeeeeeeee05"), ids(g.upgradePlan(Set.of("cccccccccc03"), Set.of("eeeeeeeeee05"))));
        // reverting the merge (-1) leaves both branch heads current
        assertEquals(Set.of("cccccccccc03", "dddddddddd04"), g.backward(Set.of("eeeeeeeeee05"), 1));
    }

    @Test
    void malformedGraphsAreRefusedWithTheirFiles() {
        RevisionException dup = assertThrows(RevisionException.class,
                () -> new RevisionGraph(List.of(rev("aaaaaaaaaa01"), rev("aaaaaaaaaa01"))));
        assertTrue(dup.getMessage().contains("used twice"), dup.getMessage());
        RevisionException parent = assertThrows(RevisionException.class,
                () -> new RevisionGraph(List.of(rev("aaaaaaaaaa01", "ffffffffffff"))));
        assertTrue(parent.getMessage().contains("aaaaaaaaaa01.java"), parent.getMessage());
        RevisionException cycle = assertThrows(RevisionException.class,
                () -> new RevisionGraph(List.of(rev("aaaaaaaaaa01", "bbbbbbbbbb02"), rev("bbbbbbbbbb02", "aaaaaaaaaa01"))));
        assertTrue(cycle.getMessage().contains("cycle"), cycle.getMessage());
    }

    private static List<String> ids(List<RevisionFile> revs) {
        return revs.stream().map(RevisionFile::id).toList();
    }

}
