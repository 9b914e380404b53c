package io.blogsearch.knowledge.speaker;

/**
 * Whether two names are within a few edits of each other: insertions, deletions, substitutions and transpositions of
 * adjacent letters, each one edit, no letter edited twice (the optimal string alignment distance), over code points.
 * It accepts what Lucene's {@code LevenshteinAutomata} with transpositions accepts; for one pair of short names a
 * table of a few hundred cells costs far less than building an automaton, which a cold JVM also has to load and
 * compile on every build.
 */
final class EditDistance {

    private EditDistance() {
    }

    /** Whether {@code a} becomes {@code b} in at most {@code max} edits. */
    static boolean within(String a, String b, int max) {
        int[] s = a.codePoints().toArray();
        int[] t = b.codePoints().toArray();
        if (Math.abs(s.length - t.length) > max) {
            return false;
        }
        // three rows of the table: the one before the previous (for transpositions), the previous, the current
        int[] beforePrevious = new int[t.length + 1];
        int[] previous = new int[t.length + 1];
        int[] current = new int[t.length + 1];
        for (int j = 0; j <= t.length; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= s.length; i++) {
            current[0] = i;
            int rowLeast = current[0];
            for (int j = 1; j <= t.length; j++) {
                int cost = s[i - 1] == t[j - 1] ? 0 : 1;
                int distance = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && s[i - 1] == t[j - 2] && s[i - 2] == t[j - 1]) {
                    distance = Math.min(distance, beforePrevious[j - 2] + 1);
                }
                current[j] = distance;
                rowLeast = Math.min(rowLeast, distance);
            }
            if (rowLeast > max) {
                return false; // every later row only grows from this one
            }
            int[] spare = beforePrevious;
            beforePrevious = previous;
            previous = current;
            current = spare;
        }
        return previous[t.length] <= max;
    }
}
