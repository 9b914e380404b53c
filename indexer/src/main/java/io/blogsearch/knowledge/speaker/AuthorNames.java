package io.blogsearch.knowledge.speaker;

import io.blogsearch.model.Page;
import io.blogsearch.model.Person;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * One spelling per author across the archive: bylines written with and without diacritics ("Jose Garcia",
 * "José García") or with and without a quoted nickname ("Ann \"Annie\" Lee", "Ann Lee") are the same letters, so
 * the author facet shows them as one value, spelt as most pages spell it. Names that differ in any letter stay apart:
 * two people may share a first name and an initial, but not every letter.
 */
public final class AuthorNames {

    /** A nickname in quotes between given and family name. */
    private static final Pattern NICKNAME = Pattern.compile("\\s+[\"“”„'‘’«»][^\"“”„«»]{1,40}[\"“”„'‘’«»]\\s+");

    private final Map<String, String> canonical;
    private final String chosenAmongSeveral;

    private AuthorNames(Map<String, String> canonical, String chosenAmongSeveral) {
        this.canonical = canonical;
        this.chosenAmongSeveral = chosenAmongSeveral;
    }

    /** The spellings of every page's authors, each key's most frequent spelling chosen as its display form. */
    public static AuthorNames of(List<Page> pages) {
        Map<String, Map<String, Integer>> spellings = new HashMap<>();
        for (Page page : pages) {
            for (String author : new LinkedHashSet<>(page.authors())) {
                spellings.computeIfAbsent(key(author), k -> new HashMap<>()).merge(author, 1, Integer::sum);
            }
        }
        Map<String, String> canonical = new HashMap<>();
        Map<String, String> chosen = new TreeMap<>();
        spellings.forEach((key, counts) -> {
            String spelling = counts.entrySet().stream()
                    .min(Comparator.<Map.Entry<String, Integer>>comparingInt(e -> -e.getValue())
                            .thenComparingInt(e -> -nonAscii(e.getKey()))
                            .thenComparing(Map.Entry::getKey))
                    .orElseThrow().getKey();
            canonical.put(key, spelling);
            if (counts.size() > 1) {
                chosen.put(key, spelling);
            }
        });
        return new AuthorNames(canonical, chosen.toString());
    }

    /** The page with its authors spelt as the archive spells them most, duplicates dropped. */
    public Page canonical(Page page) {
        List<String> authors = page.authors().stream().map(this::canonical).distinct().toList();
        List<Person> people = page.people().stream()
                .map(person -> new Person(canonical(person.name()), person.affiliation(), person.url()))
                .toList();
        return authors.equals(page.authors()) && people.equals(page.people()) ? page
                : page.withAuthors(authors, people);
    }

    /**
     * Every spelling chosen among several, in a stable order: for digests of what enrichment depended on (a new page
     * may change which spelling the pages already indexed show).
     */
    public String describe() {
        return chosenAmongSeveral;
    }

    private String canonical(String author) {
        return canonical.getOrDefault(key(author), author);
    }

    private static String key(String author) {
        return NameKey.of(NICKNAME.matcher(author).replaceAll(" "));
    }

    /** Diacritics keep more of the name than their ASCII stand-ins: the fuller spelling wins a tie. */
    private static int nonAscii(String text) {
        return (int) text.chars().filter(c -> c > 127 && Character.isLetter(c)).count();
    }
}
