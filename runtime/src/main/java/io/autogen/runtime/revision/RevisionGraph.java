package io.autogen.runtime.revision;

import io.autogen.error.RevisionException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The revisions of a migrations folder as a graph: validated on construction (duplicate ids, unknown parents,
 * cycles), with heads, ancestry, a deterministic topological order and the plans that move between states.
 * A state is the set of current heads, as the version table holds it; {@code base} is the empty set.
 */
public final class RevisionGraph {
    private final Map<String, RevisionFile> byId = new TreeMap<>();
    private final Map<String, List<String>> children = new HashMap<>();
    private final List<String> order;

    public RevisionGraph(Collection<RevisionFile> revisions) {
        for (RevisionFile r : revisions) {
            RevisionFile old = byId.put(r.id(), r);
            if (old != null) {
                throw new RevisionException("revision id " + r.id() + " is used twice: " + old.file() + " and "
                        + r.file() + "; give one of them a new id");
            }
        }
        for (RevisionFile r : byId.values()) {
            for (String p : r.parents()) {
                if (!byId.containsKey(p)) {
                    throw new RevisionException("revision " + r.id() + " (" + r.file() + ") names parent " + p
                            + ", which no migration has");
                }
                children.computeIfAbsent(p, k -> new ArrayList<>()).add(r.id());
            }
        }
        this.order = topologicalOrder();
    }

    public boolean isEmpty() {
        return byId.isEmpty();
    }

    public RevisionFile get(String id) {
        RevisionFile r = byId.get(id);
        if (r == null) {
            throw new RevisionException("unknown revision " + id);
        }
        return r;
    }

    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    /** Every revision, parents before children; ties broken by creation time, then id. */
    public List<RevisionFile> ordered() {
        return order.stream().map(byId::get).toList();
    }

    public List<String> heads() {
        return byId.keySet().stream().filter(id -> children.getOrDefault(id, List.of()).isEmpty()).sorted().toList();
    }

    public List<String> childrenOf(String id) {
        return children.getOrDefault(id, List.of()).stream().sorted().toList();
    }

    /** The revisions {@code ids} stand for, with every ancestor. */
    public Set<String> ancestors(Collection<String> ids) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(ids);
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (seen.add(id)) {
                todo.addAll(get(id).parents());
            }
        }
        return seen;
    }

    /** The heads of a set of applied revisions: those none of whose children is applied. */
    public Set<String> headsOf(Set<String> applied) {
        Set<String> out = new TreeSet<>();
        for (String id : applied) {
            if (children.getOrDefault(id, List.of()).stream().noneMatch(applied::contains)) {
                out.add(id);
            }
        }
        return out;
    }

    /** A full id, or a prefix that only one revision has. */
    public String resolve(String idOrPrefix) {
        if (byId.containsKey(idOrPrefix)) {
            return idOrPrefix;
        }
        List<String> matches = byId.keySet().stream().filter(id -> id.startsWith(idOrPrefix)).toList();
        if (matches.size() == 1) {
            return matches.get(0);
        }
        if (matches.isEmpty()) {
            throw new RevisionException("unknown revision " + idOrPrefix + ": run autogen history to see the revisions");
        }
        throw new RevisionException("revision prefix " + idOrPrefix + " is ambiguous: " + String.join(", ", matches));
    }

    /** The one head, or a clear refusal naming all of them. */
    public String singleHead() {
        List<String> heads = heads();
        if (heads.size() > 1) {
            throw new RevisionException("there are " + heads.size() + " heads (" + String.join(", ", heads)
                    + "): merge them with autogen merge -m \"merge\" heads, or upgrade heads");
        }
        return heads.isEmpty() ? null : heads.get(0);
    }

    /** The revisions to apply, in order, to go from {@code current} to having {@code targets} applied. */
    public List<RevisionFile> upgradePlan(Set<String> current, Collection<String> targets) {
        Set<String> have = ancestors(current);
        Set<String> want = ancestors(targets);
        return order.stream().filter(id -> want.contains(id) && !have.contains(id)).map(byId::get).toList();
    }

    /** The revisions to revert, in order, to go from {@code current} down to {@code targets} (empty = base). */
    public List<RevisionFile> downgradePlan(Set<String> current, Collection<String> targets) {
        Set<String> have = ancestors(current);
        Set<String> keep = ancestors(targets);
        for (String t : targets) {
            if (!have.contains(t)) {
                throw new RevisionException("revision " + t + " is not applied, so it cannot be a downgrade target");
            }
        }
        List<RevisionFile> out = new ArrayList<>();
        for (int i = order.size() - 1; i >= 0; i--) {
            String id = order.get(i);
            if (have.contains(id) && !keep.contains(id)) {
                out.add(byId.get(id));
            }
        }
        return out;
    }

    /** {@code +N}: the N-th revision after the single current head, following the only child at each step. */
    public String forward(Set<String> current, int steps) {
        String at = single(current, "+" + steps);
        for (int i = 0; i < steps; i++) {
            List<String> next = at == null
                    ? byId.values().stream().filter(r -> r.parents().isEmpty()).map(RevisionFile::id).sorted().toList()
                    : childrenOf(at);
            if (next.isEmpty()) {
                throw new RevisionException("cannot upgrade +" + steps + ": only " + i + " revision(s) after "
                        + (at == null ? "base" : at));
            }
            if (next.size() > 1) {
                throw new RevisionException("cannot upgrade +" + steps + ": " + (at == null ? "base" : at)
                        + " branches into " + String.join(", ", next) + "; name the revision instead");
            }
            at = next.get(0);
        }
        return at;
    }

    /**
     * {@code -N}: the heads left after reverting the last N applied revisions, latest first in the graph's order.
     * From a merge, {@code -1} reverts only the merge and leaves both branches applied.
     */
    public Set<String> backward(Set<String> current, int steps) {
        Set<String> applied = ancestors(current);
        List<String> inOrder = order.stream().filter(applied::contains).toList();
        if (steps > inOrder.size()) {
            throw new RevisionException("cannot downgrade -" + steps + ": only " + inOrder.size()
                    + " revision(s) are applied");
        }
        return headsOf(new HashSet<>(inOrder.subList(0, inOrder.size() - steps)));
    }

    private String single(Set<String> current, String what) {
        if (current.size() > 1) {
            throw new RevisionException("the database has " + current.size() + " heads (" + String.join(", ", current)
                    + "): " + what + " is ambiguous, name a revision instead");
        }
        return current.isEmpty() ? null : current.iterator().next();
    }

    private List<String> topologicalOrder() {
        Map<String, Integer> pending = new HashMap<>();
        byId.values().forEach(r -> pending.put(r.id(), new LinkedHashSet<>(r.parents()).size()));
        Comparator<String> tie = Comparator.comparing((String id) -> byId.get(id).created()).thenComparing(id -> id);
        TreeSet<String> ready = new TreeSet<>(tie);
        pending.forEach((id, n) -> {
            if (n == 0) {
                ready.add(id);
            }
        });
        List<String> out = new ArrayList<>();
        while (!ready.isEmpty()) {
            String id = ready.pollFirst();
            out.add(id);
            for (String c : children.getOrDefault(id, List.of())) {
                if (pending.merge(c, -1, Integer::sum) == 0) {
                    ready.add(c);
                }
            }
        }
        if (out.size() != byId.size()) {
            Set<String> cyclic = new TreeSet<>(byId.keySet());
            out.forEach(cyclic::remove);
            throw new RevisionException("the migrations form a cycle through " + String.join(", ", cyclic)
                    + ": fix the parents of those revisions");
        }
        return List.copyOf(out);
    }
}
