package io.blogsearch.knowledge.conference;

import io.blogsearch.knowledge.speaker.NameKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One value per event: the spellings posts give one event ("KubeCon NA 2023", "KubeCon North America 2023",
 * "KubeCon + CloudNativeCon North America '23") made one, shown as the most frequent spelling (on a tie the one with
 * more capitals, then the shorter). Spellings are compared by a key that ignores case, punctuation and word order,
 * reads a two-digit edition as its year, drops a co-brand joined by "+" and abbreviates continent names; different
 * years or places stay apart.
 */
public final class ConferenceNames {

    private static final Pattern LETTER_DIGIT = Pattern.compile("(?<=\\p{L})(?=\\d)");
    private static final Pattern CO_BRAND = Pattern.compile("\\+\\s*\\S+");
    private static final Map<String, String> REGIONS = Map.of("north america", "na", "europe", "eu",
            "latin america", "latam", "asia pacific", "apac", "south america", "sa");

    private ConferenceNames() {
    }

    /** The comparison key of an event name. */
    public static String key(String name) {
        String text = CO_BRAND.matcher(name.replace('’', '\'')).replaceAll(" ");
        text = LETTER_DIGIT.matcher(text.replace("'", " ")).replaceAll(" ");
        String key = " " + NameKey.of(text) + " ";
        for (Map.Entry<String, String> region : REGIONS.entrySet()) {
            key = key.replace(" " + region.getKey() + " ", " " + region.getValue() + " ");
        }
        String[] words = key.strip().replaceAll("(^| )(\\d\\d)(?= |$)", "$120$2").split(" ");
        // "KubeCon 2017 Austin" and "KubeCon Austin 2017" are one event: the same words in another order
        Arrays.sort(words);
        return String.join(" ", words);
    }

    private static long capitals(String name) {
        return name.codePoints().filter(Character::isUpperCase).count();
    }

    /** Per page, the conference shown as its most frequent spelling among pages, or null. */
    public static List<String> unify(List<Optional<String>> resolved) {
        Map<String, Map<String, Integer>> spellingsByKey = new HashMap<>();
        resolved.forEach(name -> name.ifPresent(value -> spellingsByKey
                .computeIfAbsent(key(value), k -> new LinkedHashMap<>()).merge(value, 1, Integer::sum)));
        Map<String, String> shown = new HashMap<>();
        spellingsByKey.forEach((key, spellings) -> shown.put(key, spellings.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparingLong(e -> capitals(e.getKey()))
                        .thenComparing(e -> -e.getKey().length()))
                .map(Map.Entry::getKey).orElseThrow()));
        List<String> unified = new ArrayList<>(resolved.size());
        resolved.forEach(name -> unified.add(name.map(value -> shown.get(key(value))).orElse(null)));
        return unified;
    }
}
