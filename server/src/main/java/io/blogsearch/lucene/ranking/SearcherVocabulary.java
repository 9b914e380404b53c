package io.blogsearch.lucene.ranking;

import io.blogsearch.query.CjkRunWords;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * The vocabulary of one searcher, with prefix and fuzzy expansions cached for the life of its reader: the words
 * people type repeat (every keystroke of "kube" is a prefix again), and the expanded term queries carry this reader's
 * term states, so they are valid exactly as long as the cache is.
 */
public final class SearcherVocabulary implements Vocabulary {

    private static final int MAX_EXPANSIONS_CACHED = 10_000;

    private final IndexSearcher searcher;
    private final Map<Object, Query> expansions = new ConcurrentHashMap<>();
    private final Map<String, Boolean> known = new ConcurrentHashMap<>();
    private final Map<String, Boolean> rare = new ConcurrentHashMap<>();
    private final Map<String, Boolean> begun = new ConcurrentHashMap<>();
    private final Map<String, Integer> runs = new ConcurrentHashMap<>();
    private final Map<String, Optional<String>> corrections = new ConcurrentHashMap<>();
    private final DidYouMean spelling = new DidYouMean();
    private final TypoScreen screen;

    /** The vocabulary of the reader {@code searcher} searches. */
    public SearcherVocabulary(IndexSearcher searcher) {
        this.searcher = searcher;
        this.screen = new TypoScreen(searcher.getIndexReader());
    }

    @Override
    public boolean knows(String token) {
        Boolean cached = known.get(token);
        if (cached != null) {
            return cached;
        }
        boolean inIndex = Vocabulary.inIndex(searcher.getIndexReader(), token);
        if (known.size() < MAX_EXPANSIONS_CACHED) {
            known.put(token, inIndex);
        }
        return inIndex;
    }

    @Override
    public boolean isRare(String token) {
        Boolean cached = rare.get(token);
        if (cached != null) {
            return cached;
        }
        boolean isRare = knows(token) && documents(token) <= RARE_DOCS;
        if (rare.size() < MAX_EXPANSIONS_CACHED) {
            rare.put(token, isRare);
        }
        return isRare;
    }

    @Override
    public boolean beginsAWord(String token) {
        Boolean cached = begun.get(token);
        if (cached != null) {
            return cached;
        }
        boolean begins = anyTermStartsWith(token);
        if (begun.size() < MAX_EXPANSIONS_CACHED) {
            begun.put(token, begins);
        }
        return begins;
    }

    @Override
    public int documentsWriting(String run) {
        Integer cached = runs.get(run);
        if (cached != null) {
            return cached;
        }
        int documents = liveMatches(CjkRunPhrases.writing(run), CjkRunWords.ENOUGH_DOCUMENTS);
        if (runs.size() < MAX_EXPANSIONS_CACHED) {
            runs.put(run, documents);
        }
        return documents;
    }

    /** The live documents {@code query} matches (null matches none), counted up to {@code enough}. */
    private int liveMatches(Query query, int enough) {
        if (query == null) {
            return 0;
        }
        int matches = 0;
        try {
            Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1);
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                Scorer scorer = weight.scorer(leaf);
                if (scorer == null) {
                    continue;
                }
                Bits live = leaf.reader().getLiveDocs();
                DocIdSetIterator documents = scorer.iterator();
                for (int doc = documents.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = documents.nextDoc()) {
                    if ((live == null || live.get(doc)) && ++matches == enough) {
                        return matches;
                    }
                }
            }
            return matches;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a vocabulary field holds a term starting with {@code token} (the token itself among them). */
    private boolean anyTermStartsWith(String token) {
        BytesRef prefix = new BytesRef(token);
        try {
            for (String field : FIELDS) {
                Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), field);
                if (terms == null) {
                    continue;
                }
                TermsEnum words = terms.iterator();
                TermsEnum.SeekStatus found = words.seekCeil(prefix);
                if (found != TermsEnum.SeekStatus.END && StringHelper.startsWith(words.term(), prefix)) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int documents(String token) {
        try {
            int documents = 0;
            for (String field : FIELDS) {
                documents += searcher.getIndexReader().docFreq(new Term(field, token));
            }
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The index's most similar spelling of an unknown word, or null; cached like the expansions. */
    String correction(String word) {
        Optional<String> cached = corrections.get(word);
        if (cached != null) {
            return cached.orElse(null);
        }
        try {
            String best = spelling.best(word, searcher.getIndexReader(), screen);
            if (corrections.size() < MAX_EXPANSIONS_CACHED) {
                corrections.put(word, Optional.ofNullable(best));
            }
            return best;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Query expand(Object key, Supplier<? extends MultiTermQuery> query) {
        Query cached = expansions.get(key);
        if (cached != null) {
            return cached;
        }
        Query expanded = expand(query.get());
        if (expansions.size() < MAX_EXPANSIONS_CACHED) {
            expansions.put(key, expanded);
        }
        return expanded;
    }

    @Override
    public Query expand(MultiTermQuery query) {
        Query cached = expansions.get(query);
        if (cached != null) {
            return cached;
        }
        try {
            if (query instanceof FuzzyQuery fuzzy && !screen.mayMatch(fuzzy)) {
                // What the rewrite would give, without building the query's own automata.
                return new MatchNoDocsQuery("no term near " + fuzzy.getTerm());
            }
            Query expanded = searcher.rewrite(query);
            if (expansions.size() < MAX_EXPANSIONS_CACHED) {
                expansions.put(query, expanded);
            }
            return expanded;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
