package io.blogsearch.lucene.ranking;

import io.blogsearch.schema.Fields;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.util.automaton.CompiledAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;

/**
 * Which fields of one reader hold any term a typo of a word could be: a term within two edits, its first letter
 * kept. A word nothing is near (a made-up or garbled word, the usual worst case) then costs one Levenshtein automaton,
 * built once and run over every typo field, instead of one per field and per use: each fuzzy variant, the one-edit
 * probe, the highlighting variants and the did-you-mean spell checker would otherwise each build their own, and that
 * was nearly all of such a query's cost. Only skips work whose answer is known to be empty, so results do not change.
 */
final class TypoScreen {

    /** The most edits a screened search may allow: Lucene's Levenshtein automata stop there too. */
    static final int MAX_EDITS = LevenshteinAutomata.MAXIMUM_SUPPORTED_DISTANCE;
    /** The leading characters every screened search keeps as typed (the typo searches keep one). */
    static final int KEPT_PREFIX = 1;
    /** Every field typos are looked for on; a search on another field is never skipped. */
    static final List<String> FIELDS = List.of(Fields.TITLE_EXACT, Fields.TEXT_EXACT, Fields.TITLE, Fields.TEXT,
            Fields.SPEAKER_TEXT, Fields.TAG_TEXT, Fields.CONFERENCE_TEXT);
    private static final int MAX_WORDS_CACHED = 10_000;

    private final IndexReader reader;
    private final Map<String, Set<String>> near = new ConcurrentHashMap<>();

    TypoScreen(IndexReader reader) {
        this.reader = reader;
    }

    /**
     * Whether the fuzzy query may match a term: false only when it keeps at least the first letter, allows at most
     * {@link #MAX_EDITS} edits and no term of its field is that near its word (every term it accepts is then one the
     * screen's automaton accepts too).
     */
    boolean mayMatch(FuzzyQuery query) throws IOException {
        String field = query.getTerm().field();
        if (query.getPrefixLength() < KEPT_PREFIX || query.getMaxEdits() > MAX_EDITS || !FIELDS.contains(field)) {
            return true;
        }
        return fieldsNear(query.getTerm().text()).contains(field);
    }

    /** Whether any of {@code fields} (all of them screened) holds a term within {@link #MAX_EDITS} of the word. */
    boolean anyNear(List<String> fields, String word) throws IOException {
        Set<String> found = fieldsNear(word);
        return fields.stream().anyMatch(field -> !FIELDS.contains(field) || found.contains(field));
    }

    /** The screened fields holding a term within {@link #MAX_EDITS} of the word, first letter kept; cached. */
    private Set<String> fieldsNear(String word) throws IOException {
        Set<String> cached = near.get(word);
        if (cached != null) {
            return cached;
        }
        Set<String> found = search(word);
        if (near.size() < MAX_WORDS_CACHED) {
            near.put(word, found);
        }
        return found;
    }

    private Set<String> search(String word) throws IOException {
        CompiledAutomaton automaton = FuzzyQuery.getFuzzyAutomaton(word, MAX_EDITS, KEPT_PREFIX, true);
        Set<String> found = new HashSet<>();
        for (String field : FIELDS) {
            for (LeafReaderContext leaf : reader.leaves()) {
                Terms terms = leaf.reader().terms(field);
                if (terms != null && automaton.getTermsEnum(terms).next() != null) {
                    found.add(field);
                    break;
                }
            }
        }
        return Set.copyOf(found);
    }
}
