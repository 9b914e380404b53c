package io.blogsearch.knowledge;

import io.blogsearch.model.Page;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * One spelling per taxonomy term across the archive: Hugo identifies a term by its lower-case form ({@code Tech} and
 * {@code tech} are the one page {@code /tags/tech/}), and a reader takes two facet values that differ only in case for
 * a mistake. Each term is shown as most pages spell it; terms that differ in any letter stay apart.
 */
public final class TermSpellings {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** Per taxonomy, each term key's chosen spelling, only where pages spell it more than one way. */
    private final Map<String, Map<String, String>> chosen;

    private TermSpellings(Map<String, Map<String, String>> chosen) {
        this.chosen = chosen;
    }

    /** The spellings of every page's terms, each key's most frequent spelling chosen (a tie: the first in order). */
    public static TermSpellings of(List<Page> pages) {
        Map<String, Map<String, Map<String, Integer>>> counts = new HashMap<>();
        for (Page page : pages) {
            page.taxonomies().forEach((taxonomy, terms) -> new LinkedHashSet<>(terms).forEach(term ->
                    counts.computeIfAbsent(taxonomy, t -> new HashMap<>())
                            .computeIfAbsent(key(term), k -> new HashMap<>()).merge(term, 1, Integer::sum)));
        }
        Map<String, Map<String, String>> chosen = new TreeMap<>();
        counts.forEach((taxonomy, byKey) -> byKey.forEach((key, spellings) -> {
            if (spellings.size() > 1) {
                chosen.computeIfAbsent(taxonomy, t -> new TreeMap<>()).put(key, spellings.entrySet().stream()
                        .min(Comparator.<Map.Entry<String, Integer>>comparingInt(e -> -e.getValue())
                                .thenComparing(Map.Entry::getKey))
                        .orElseThrow().getKey());
            }
        }));
        return new TermSpellings(chosen);
    }

    /** The page with its terms spelt as the archive spells them most, duplicates dropped. */
    public Page canonical(Page page) {
        if (chosen.isEmpty()) {
            return page;
        }
        Map<String, List<String>> taxonomies = new LinkedHashMap<>();
        page.taxonomies().forEach((taxonomy, terms) -> {
            Map<String, String> spellings = chosen.getOrDefault(taxonomy, Map.of());
            taxonomies.put(taxonomy, terms.stream().map(term -> spellings.getOrDefault(key(term), term))
                    .distinct().toList());
        });
        return taxonomies.equals(page.taxonomies()) ? page : page.withTaxonomies(taxonomies);
    }

    /** Every choice made, in a stable order: for digests of what enrichment depended on. */
    public String describe() {
        return chosen.toString();
    }

    private static String key(String term) {
        return WHITESPACE.matcher(term.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
