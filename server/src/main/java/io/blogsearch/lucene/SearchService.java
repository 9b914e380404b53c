package io.blogsearch.lucene;

import io.blogsearch.api.SearchResponse;
import io.blogsearch.api.SuggestResponse;
import io.blogsearch.engine.ResponseCache;
import io.blogsearch.engine.SearchEngine;
import io.blogsearch.lucene.ranking.DidYouMean;
import io.blogsearch.lucene.ranking.QueryLanguages;
import io.blogsearch.lucene.ranking.SearchQuery;
import io.blogsearch.lucene.ranking.SearchQueryBuilder;
import io.blogsearch.lucene.ranking.TypoBudget;
import io.blogsearch.lucene.ranking.Vocabulary;
import io.blogsearch.query.SearchRequest;
import io.blogsearch.query.Synonyms;
import io.blogsearch.query.UserQuery;
import io.blogsearch.query.UserQueryParser;
import io.blogsearch.schema.DocType;
import io.blogsearch.schema.FacetDims;
import io.blogsearch.schema.Fields;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;

/**
 * The embedded Lucene engine: answers searches and suggestions from the shared searcher of an {@link IndexHandle}.
 * It parses what was typed, builds the query, waits for a turn at the {@link SearchGate}, runs the ranking and
 * counting passes ({@link SearchPasses}) and adds a spelling correction; equal requests on one reader are answered
 * from its {@link ResponseCache}. Thread-safe.
 */
public final class SearchService implements SearchEngine {

    /** Default time budget of one search. */
    public static final long DEFAULT_BUDGET_MILLIS = SearchEngine.DEFAULT_BUDGET_MILLIS;
    /** Documents from which a relevance ranking and the counting are separate passes ({@link SearchPasses}). */
    static final int RANK_APART_FROM_DOCS = SearchPasses.RANK_APART_FROM_DOCS;

    private volatile boolean warming;

    private final IndexHandle index;
    private final SearchQueryBuilder queries;
    private final long budgetMillis;
    private final SearchPasses passes;
    private final SearchGate gate;

    /** A service over the index with the given synonyms and per-request time budget. */
    public SearchService(IndexHandle index, Synonyms synonyms, long budgetMillis) {
        this(index, synonyms, budgetMillis, SearchGate.defaultConcurrency());
    }

    /**
     * A service over the index in {@code indexDir} (opened as soon as it appears), computing at most
     * {@code concurrentSearches} answers at once; closing the service closes the index.
     */
    public static SearchService open(Path indexDir, Synonyms synonyms, long budgetMillis, int concurrentSearches) {
        return new SearchService(IndexHandle.open(indexDir), synonyms, budgetMillis, concurrentSearches);
    }

    /** As {@link #open}, but throws when the folder holds an index that cannot be opened (see IndexHandle). */
    public static SearchService openChecked(Path indexDir, Synonyms synonyms, long budgetMillis,
                                            int concurrentSearches) throws IOException {
        return new SearchService(IndexHandle.openChecked(indexDir), synonyms, budgetMillis, concurrentSearches);
    }

    /** A service over the index computing at most {@code concurrentSearches} answers at once (others wait). */
    public SearchService(IndexHandle index, Synonyms synonyms, long budgetMillis, int concurrentSearches) {
        this(index, synonyms, budgetMillis, RANK_APART_FROM_DOCS, new SearchGate(concurrentSearches));
    }

    /** As above, ranking apart from counting on indexes of at least {@code rankApartFromDocs} documents. */
    SearchService(IndexHandle index, Synonyms synonyms, long budgetMillis, int rankApartFromDocs, SearchGate gate) {
        this.index = index;
        this.queries = new SearchQueryBuilder(synonyms);
        this.budgetMillis = budgetMillis;
        this.passes = new SearchPasses(rankApartFromDocs);
        this.gate = gate;
    }

    /** Searches computed at once unless configured: one per processor the JVM may use. */
    public static int defaultConcurrentSearches() {
        return SearchGate.defaultConcurrency();
    }

    /** Searches waiting for their turn to compute (see {@link SearchGate}). */
    @Override
    public int searchesWaiting() {
        return gate.waiting();
    }

    /** Whether an index is open and any warm-up asked for by {@link #holdUntilWarmed()} is done. */
    @Override
    public boolean isReady() {
        return !warming && index.isReady();
    }

    @Override
    public boolean isOpen() {
        return index.isReady();
    }

    /** Reports not ready until {@link #warmed()}: serve warms its code paths before readers come. */
    @Override
    public void holdUntilWarmed() {
        warming = true;
    }

    /** Ends the hold of {@link #holdUntilWarmed()}. */
    @Override
    public void warmed() {
        warming = false;
    }

    @Override
    public String describe() {
        return index.indexDir().toString();
    }

    @Override
    public void refresh() {
        index.refresh();
    }

    @Override
    public void close() throws IOException {
        index.close();
    }

    /** The index handle served. */
    public IndexHandle index() {
        return index;
    }

    /** Runs a search, recomputing the answer when {@code fresh} even if an equal request was answered before. */
    @Override
    public SearchResponse search(SearchRequest request, boolean fresh) throws IOException {
        long start = System.nanoTime();
        UserQuery user = UserQueryParser.parse(request.text());
        BlogSearcher shared = index.acquire();
        try {
            SearchResponse cached = fresh ? null : shared.responses().get(request);
            if (cached != null) {
                return withTook(cached, (System.nanoTime() - start) / 1_000_000);
            }
            long deadline = start + budgetMillis * 1_000_000;
            try (SearchGate.Turn turn = gate.enter(deadline)) {
                return compute(shared, user, request, start, deadline);
            }
        } finally {
            index.release(shared);
        }
    }

    /** Computes the answer of a request that was not cached, and keeps it for the next equal request. */
    private SearchResponse compute(BlogSearcher shared, UserQuery user, SearchRequest request, long start,
                                   long deadline) throws IOException {
        SearchQuery query;
        SearchPasses.Outcome outcome;
        QueryLanguages languages = QueryLanguages.of(request.selected(FacetDims.LANG).isEmpty()
                ? shared.languages() : request.selected(FacetDims.LANG));
        try {
            query = queries.build(user, shared.vocabulary(), shared.postBoost(), languages);
            outcome = passes.run(shared, user, query, RequestFilters.known(shared, request), deadline);
        } catch (IndexSearcher.TooManyClauses e) {
            // Typo expansion blew the clause limit on a long query: search again without it.
            query = queries.build(user, Vocabulary.everything(), shared.postBoost(), languages);
            outcome = passes.run(shared, user, query, RequestFilters.known(shared, request), deadline);
        }
        List<String> correctable = correctable(user, query, outcome.total(), shared.vocabulary());
        String correction = DidYouMean.correct(request.text(), TypoBudget.words(correctable, shared.vocabulary()),
                shared.vocabulary());
        long tookMs = (System.nanoTime() - start) / 1_000_000;
        SearchResponse response = new SearchResponse(request.text().length() > UserQueryParser.MAX_LENGTH
                ? request.text().substring(0, UserQueryParser.MAX_LENGTH) : request.text(),
                outcome.total(), request.page(), request.size(), tookMs, outcome.hits(), outcome.facets(),
                outcome.facetsExact(), correction, outcome.timedOut());
        shared.responses().put(request, response);
        return response;
    }

    /** A cached answer with the time this request took. */
    private static SearchResponse withTook(SearchResponse r, long tookMs) {
        return new SearchResponse(r.query(), r.total(), r.page(), r.size(), tookMs, r.hits(), r.facets(),
                r.facetsExact(), r.didYouMean(), r.timedOut());
    }

    /** Completions for a half-typed query. */
    @Override
    public SuggestResponse suggest(String typed) throws IOException {
        BlogSearcher searcher = index.acquire();
        try {
            return new SuggestResponse(Suggester.suggest(searcher, typed));
        } finally {
            index.release(searcher);
        }
    }

    /** Documents per entity type in the open index (for metrics); empty when no index is open. */
    @Override
    public Map<String, Long> documentsPerType() throws IOException {
        Map<String, Long> counts = new LinkedHashMap<>();
        if (!index.isReady()) {
            return counts;
        }
        BlogSearcher searcher = index.acquire();
        try {
            for (DocType type : DocType.values()) {
                counts.put(type.value(), (long) searcher.count(new TermQuery(new Term(Fields.TYPE, type.value()))));
            }
        } finally {
            index.release(searcher);
        }
        return counts;
    }

    /**
     * Words worth correcting: all of them, but a last word typed without a space after it only when nothing was found
     * or no word of the index starts with it ("kubernets" is misspelt, "kubern" may still be being typed).
     */
    private static List<String> correctable(UserQuery user, SearchQuery query, long total, Vocabulary vocabulary) {
        List<String> words = query.words();
        if (user.prefixLast() && total > 0 && !words.isEmpty()
                && vocabulary.beginsAWord(words.get(words.size() - 1))) {
            return words.subList(0, words.size() - 1);
        }
        return words;
    }
}
