package io.blogsearch.relevance;

import io.blogsearch.api.Hit;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * One judged query: its kind (topic, typo, prefix, ...), what is typed, an optional type filter and what a relevant
 * hit is. Judgments name pages by their source path (stable whatever URL the site gives them) and entities by a few
 * words, never by copying the corpus's text.
 */
record Judgment(String kind, String query, String type, Predicate<Hit> relevant) {

    /** A judgment without a type filter. */
    static Judgment of(String kind, String query, Predicate<Hit> relevant) {
        return new Judgment(kind, query, null, relevant);
    }

    /** Hits whose source path contains one of the fragments. */
    static Predicate<Hit> path(String... fragments) {
        return hit -> hit.path() != null && Arrays.stream(fragments).anyMatch(hit.path()::contains);
    }

    /** Quote hits whose text contains the words. */
    static Predicate<Hit> quoteSaying(String words) {
        return hit -> hit.quote() != null && hit.quote().text().toLowerCase(Locale.ROOT).contains(words);
    }

    /** Figure hits whose title contains the words. */
    static Predicate<Hit> figureTitled(String words) {
        return hit -> hit.figure() != null && hit.figure().title() != null
                && hit.figure().title().toLowerCase(Locale.ROOT).contains(words);
    }

    /** Hits spoken by the person. */
    static Predicate<Hit> spokenBy(String name) {
        return hit -> hit.speakers().contains(name);
    }
}
