package io.blogsearch.knowledge;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Precision and recall of a found set against a gold set.
 *
 * @param found   what the system found
 * @param gold    what it should have found
 */
public record Accuracy(Set<String> found, Set<String> gold) {

    /** Share of what was found that is right; 1 when nothing was found. */
    public double precision() {
        return found.isEmpty() ? 1 : (double) hits().size() / found.size();
    }

    /** Share of the gold that was found; 1 when the gold is empty. */
    public double recall() {
        return gold.isEmpty() ? 1 : (double) hits().size() / gold.size();
    }

    /** Found and right. */
    public Set<String> hits() {
        Set<String> hits = new HashSet<>(found);
        hits.retainAll(gold);
        return hits;
    }

    /** Found but not in the gold. */
    public Set<String> falsePositives() {
        Set<String> wrong = new TreeSet<>(found);
        wrong.removeAll(gold);
        return wrong;
    }

    /** In the gold but not found. */
    public Set<String> misses() {
        Set<String> missed = new TreeSet<>(gold);
        missed.removeAll(found);
        return missed;
    }

    /** One line: name, precision, recall, counts. */
    public String report(String name) {
        return String.format(Locale.ROOT, "%-28s precision %.3f  recall %.3f  (%d found, %d gold, %d right)",
                name, precision(), recall(), found.size(), gold.size(), hits().size());
    }
}
