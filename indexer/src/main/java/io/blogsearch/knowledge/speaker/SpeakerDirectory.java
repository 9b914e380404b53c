package io.blogsearch.knowledge.speaker;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * One facet value per person: every spelling of a name seen in the archive mapped to its canonical form.
 *
 * <p>Spellings with the same {@link NameKey} merge, shown as their most frequent form, and so do spellings writing
 * ä, ö, ü as ae, oe, ue, shown with the umlauts. A rarer key within a small
 * Damerau-Levenshtein distance of exactly one more frequent key ("Kelsey Hightwoer" beside "Kelsey Hightower")
 * merges into it; two or more candidates, equal counts, or a {@code noMerge} rule keep them apart. The distance
 * comes from Lucene's {@link LevenshteinAutomata} (with transpositions), already on the classpath.
 */
public final class SpeakerDirectory {

    /** Keys shorter than this never merge by spelling: short names are too close to each other by chance. */
    private static final int MIN_FUZZY_LENGTH = 8;
    /** From this key length two edits are allowed, below it one. */
    private static final int TWO_EDITS_LENGTH = 16;

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final Map<String, String> canonicalByKey;
    /** Answers by name as asked: an archive asks for the same few thousand names tens of thousands of times. */
    private final Map<String, String> canonicalByName = new ConcurrentHashMap<>();

    private SpeakerDirectory(Map<String, String> canonicalByKey) {
        this.canonicalByKey = canonicalByKey;
    }

    /** The canonical spelling of a name; a name never seen is returned trimmed, with spaces collapsed. */
    public String canonical(String name) {
        return canonicalByName.computeIfAbsent(name, this::lookUp);
    }

    private String lookUp(String name) {
        String canonical = canonicalByKey.get(NameKey.of(name));
        return canonical != null ? canonical : WHITESPACE.matcher(name.trim()).replaceAll(" ");
    }

    /** Every merge decided, in a stable order: for digests of what enrichment depended on. */
    public String describe() {
        return new TreeMap<>(canonicalByKey).toString();
    }

    /** Every canonical name. */
    public Set<String> names() {
        return new HashSet<>(canonicalByKey.values());
    }

    /** A builder that counts spellings. */
    public static Builder builder(SpeakerRules rules) {
        return new Builder(rules);
    }

    /** Counts every occurrence of every spelling, then decides the merges. */
    public static final class Builder {

        private final SpeakerRules rules;
        private final Map<String, Map<String, Integer>> spellingsByKey = new LinkedHashMap<>();
        /** Spelling and key of names as written: an archive repeats a few thousand names tens of thousands of times. */
        private final Map<String, String[]> spellingAndKeyByName = new HashMap<>();
        /** Each key's letters (code points) in order, for {@link #letterDistance}. */
        private final Map<String, int[]> sortedLetters = new HashMap<>();

        private Builder(SpeakerRules rules) {
            this.rules = rules;
            rules.extra().forEach(this::add);
            rules.aliases().values().forEach(this::add);
        }

        /** Records one occurrence of a name as written. */
        public Builder add(String name) {
            String[] spellingAndKey = spellingAndKeyByName.computeIfAbsent(name, raw -> {
                String spelling = WHITESPACE.matcher(raw.trim()).replaceAll(" ");
                return new String[] {spelling, NameKey.of(spelling)};
            });
            String spelling = spellingAndKey[0];
            String key = spellingAndKey[1];
            if (!key.isEmpty()) {
                spellingsByKey.computeIfAbsent(key, k -> new LinkedHashMap<>()).merge(spelling, 1, Integer::sum);
            }
            return this;
        }

        /** The directory with every merge decided. */
        public SpeakerDirectory build() {
            return build(true);
        }

        /** The directory merging only spellings with the same key, never near-misses (for names with numbers). */
        public SpeakerDirectory buildExact() {
            return build(false);
        }

        private SpeakerDirectory build(boolean fuzzy) {
            Map<String, String> aliasTarget = transliterated();
            rules.aliases().forEach((alias, target) -> aliasTarget.put(NameKey.of(alias), NameKey.of(target)));
            Map<String, Integer> counts = new HashMap<>();
            spellingsByKey.forEach((key, spellings) -> counts.merge(resolve(key, aliasTarget), total(spellings),
                    Integer::sum));
            Map<String, String> targetByKey = new HashMap<>();
            for (String key : spellingsByKey.keySet()) {
                String aliased = resolve(key, aliasTarget);
                targetByKey.put(key, aliasTarget.containsKey(key) || !fuzzy ? aliased : fuzzyTarget(aliased, counts));
            }
            Map<String, String> canonicalByKey = new HashMap<>();
            for (String key : spellingsByKey.keySet()) {
                String target = targetByKey.get(key);
                // A fuzzy target may itself be an alias, or merge on: follow to the end.
                for (int hops = 0; hops < 4 && !targetByKey.getOrDefault(target, target).equals(target); hops++) {
                    target = targetByKey.get(target);
                }
                canonicalByKey.put(key, display(target));
            }
            return new SpeakerDirectory(canonicalByKey);
        }

        /**
         * Keys spelt with ä, ö or ü written the German way, as ae, oe and ue ("Geisendoerfer" for "Geisendörfer"),
         * each mapped to the key spelt with the umlauts: the same name, whichever spelling is seen more often. The
         * key alone folds "ö" to "o", and the edit between the two spellings merges only when one is more frequent.
         */
        private Map<String, String> transliterated() {
            Map<String, String> umlautKeyByWritten = new HashMap<>();
            spellingsByKey.forEach((key, spellings) -> spellings.keySet().stream().filter(Builder::hasUmlaut)
                    .forEach(spelling -> umlautKeyByWritten.putIfAbsent(NameKey.of(umlautsWritten(spelling)), key)));
            Map<String, String> aliases = new HashMap<>();
            if (umlautKeyByWritten.isEmpty()) {
                return aliases;
            }
            for (String key : spellingsByKey.keySet()) {
                String target = umlautKeyByWritten.get(key);
                if (target != null && !target.equals(key)) {
                    aliases.put(key, target);
                }
            }
            return aliases;
        }

        private static boolean hasUmlaut(String spelling) {
            return spelling.chars().anyMatch(c -> "äöüÄÖÜ".indexOf(c) >= 0);
        }

        private static String umlautsWritten(String spelling) {
            return spelling.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
                    .replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue");
        }

        private static String resolve(String key, Map<String, String> aliasTarget) {
            return aliasTarget.getOrDefault(key, key);
        }

        /** The only more frequent key within edit distance of this one, or the key itself. */
        private String fuzzyTarget(String key, Map<String, Integer> counts) {
            int length = key.length();
            if (length < MIN_FUZZY_LENGTH) {
                return key;
            }
            int edits = length >= TWO_EDITS_LENGTH ? 2 : 1;
            int tokens = key.split(" ").length;
            List<String> candidates = new ArrayList<>();
            boolean equalRival = false;
            for (Map.Entry<String, Integer> other : counts.entrySet()) {
                String otherKey = other.getKey();
                if (otherKey.equals(key) || Math.abs(otherKey.length() - length) > edits
                        || otherKey.split(" ").length != tokens
                        || letterDistance(sorted(key), sorted(otherKey)) > edits) {
                    continue;
                }
                if (!EditDistance.within(key, otherKey, edits) || forbidden(key, otherKey)) {
                    continue;
                }
                int mine = counts.getOrDefault(key, 0);
                if (other.getValue() > mine) {
                    candidates.add(otherKey);
                } else {
                    equalRival |= other.getValue() == mine;
                }
            }
            return candidates.size() == 1 && !equalRival ? candidates.get(0) : key;
        }

        private int[] sorted(String key) {
            return sortedLetters.computeIfAbsent(key, k -> k.codePoints().sorted().toArray());
        }

        /**
         * The letters one key has beyond the other, the larger side: a lower bound of their edit distance (an edit
         * adds or removes at most one letter on each side, a transposition none), so a pair it rules out is never
         * compared letter by letter ({@link EditDistance}).
         */
        static int letterDistance(int[] a, int[] b) {
            int i = 0;
            int j = 0;
            int onlyA = 0;
            int onlyB = 0;
            while (i < a.length && j < b.length) {
                if (a[i] == b[j]) {
                    i++;
                    j++;
                } else if (a[i] < b[j]) {
                    onlyA++;
                    i++;
                } else {
                    onlyB++;
                    j++;
                }
            }
            return Math.max(onlyA + a.length - i, onlyB + b.length - j);
        }

        private boolean forbidden(String a, String b) {
            for (List<String> group : rules.noMerge()) {
                List<String> keys = group.stream().map(NameKey::of).toList();
                if (keys.contains(a) && keys.contains(b)) {
                    return true;
                }
            }
            return false;
        }

        /** The spelling to show for a key: the alias target as configured, else the most frequent spelling. */
        private String display(String key) {
            for (String target : rules.aliases().values()) {
                if (NameKey.of(target).equals(key)) {
                    return target.trim();
                }
            }
            Map<String, Integer> spellings = spellingsByKey.get(key);
            // Ties go to the spelling with more diacritics ("Kühl" over "Kuhl"), then to the first seen.
            return spellings.entrySet().stream()
                    .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                            .thenComparingInt(e -> nonAscii(e.getKey())))
                    .map(Map.Entry::getKey).orElse(key);
        }

        private static int total(Map<String, Integer> spellings) {
            return spellings.values().stream().mapToInt(Integer::intValue).sum();
        }

        private static int nonAscii(String text) {
            return (int) text.chars().filter(c -> c > 127).count();
        }
    }
}
