package io.blogsearch.lucene;

import io.blogsearch.engine.ResponseCache;
import io.blogsearch.lucene.facet.FacetCounts;
import io.blogsearch.lucene.facet.FacetOrdinals;
import io.blogsearch.lucene.facet.FacetPass;
import io.blogsearch.lucene.facet.FacetValues;
import io.blogsearch.lucene.facet.ResultFacetCounts;
import io.blogsearch.lucene.highlight.Snippets;
import io.blogsearch.lucene.hits.DocTypes;
import io.blogsearch.lucene.hits.StoredCache;
import io.blogsearch.lucene.ranking.Boilerplate;
import io.blogsearch.lucene.ranking.PostBoost;
import io.blogsearch.lucene.ranking.SearcherVocabulary;
import io.blogsearch.schema.DocType;
import io.blogsearch.schema.FacetDims;
import io.blogsearch.schema.Fields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;

/**
 * An {@link IndexSearcher} with what is worth computing once per opened reader rather than per request: the facet
 * ordinals state, the index-wide facet counts and, per document, the post it belongs to (for grouping hits per post
 * without stored-field reads).
 * Built by {@link BlogSearcherFactory} whenever the {@code SearcherManager} opens a new reader.
 */
public final class BlogSearcher extends IndexSearcher {

    private final SortedSetDocValuesReaderState facetState;
    private final FacetOrdinals facetOrdinals;
    private final Map<String, FacetResult> allCounts;
    private volatile Map<String, FacetResult> allResultCounts;
    private final int[][] postOfDoc;
    private final DocTypes docTypes;
    private final FacetValues facetValues;
    private final StoredCache storedCache;
    private final UnifiedHighlighter highlighter;
    private final PostBoost postBoost;
    private final SearcherVocabulary vocabulary;
    private final ResponseCache responses = new ResponseCache();
    private final TermStatesCache termStates = new TermStatesCache(this);
    private final List<String> languages;
    private final List<String> dims;

    BlogSearcher(IndexReader reader) throws IOException {
        super(reader);
        this.facetState = hasFacets(reader)
                ? new DefaultSortedSetDocValuesReaderState(reader, FacetsConfig.DEFAULT_INDEX_FIELD_NAME,
                        FacetDims.config())
                : null;
        this.facetOrdinals = facetState == null ? null : new FacetOrdinals(facetState);
        Facets all = facetState == null ? null : new SortedSetDocValuesFacetCounts(facetState);
        this.dims = dimsOf(facetState);
        // Read out once: a Facets object reads labels through doc values, which must not be shared across threads.
        this.allCounts = all == null ? Map.of() : FacetCounts.top(all, dims);
        this.postOfDoc = postOrdinals(reader);
        this.docTypes = DocTypes.of(reader);
        this.facetValues = FacetValues.of(facetState, all);
        this.storedCache = new StoredCache(reader);
        this.highlighter = Snippets.newHighlighter(this);
        this.postBoost = PostBoost.of(reader);
        this.vocabulary = new SearcherVocabulary(this);
        this.languages = languagesOf(allCounts.get(FacetDims.LANG));
    }

    /**
     * A weight as Lucene builds it, with a term's dictionary lookups taken from this reader's {@link TermStatesCache}.
     */
    @Override
    public Weight createWeight(Query query, ScoreMode scoreMode, float boost) throws IOException {
        return super.createWeight(termStates.withStates(query), scoreMode, boost);
    }


    /**
     * The language codes of the pages in the index, most pages first; empty for an index written before pages had
     * languages (all English).
     */
    List<String> languages() {
        return languages;
    }

    /** The facet dimensions of this index: the built-in ones, then the site's taxonomies that have values, by name. */
    public List<String> dims() {
        return dims;
    }

    private static List<String> dimsOf(SortedSetDocValuesReaderState state) {
        List<String> dims = new ArrayList<>(FacetDims.ALL);
        if (state != null) {
            TreeSet<String> taxonomies = new TreeSet<>();
            state.getDims().forEach(dim -> {
                if (FacetDims.isTaxonomy(dim)) {
                    taxonomies.add(dim);
                }
            });
            dims.addAll(taxonomies);
        }
        return List.copyOf(dims);
    }

    private static List<String> languagesOf(FacetResult counts) {
        return counts == null ? List.of() : Arrays.stream(counts.labelValues).map(lv -> lv.label).toList();
    }

    /** The index's vocabulary with expansions and corrections cached for this reader. */
    public SearcherVocabulary vocabulary() {
        return vocabulary;
    }

    /** Whole answers of recent requests on this reader. */
    ResponseCache responses() {
        return responses;
    }

    /** Stored fields of recently shown documents of this reader. */
    public StoredCache storedCache() {
        return storedCache;
    }

    /** The score multiplier of whole posts over the entities inside them, for this reader. */
    public PostBoost postBoost() {
        return postBoost;
    }

    /** The snippet highlighter of this reader: thread-safe, and it keeps the reader's merged field infos. */
    public UnifiedHighlighter highlighter() {
        return highlighter;
    }

    /** The facet state, or null when the index holds no facet values (empty index). */
    public SortedSetDocValuesReaderState facetState() {
        return facetState;
    }

    /** The index-wide ordinals of the facet values and their labels; null when the index holds no facet values. */
    public FacetOrdinals facetOrdinals() {
        return facetOrdinals;
    }

    /**
     * The top values of each facet dimension over every live document (empty for an empty index): the exact counts of
     * any search that matches everything (browsing), counted once per reader instead of on every request.
     */
    public Map<String, FacetResult> allCounts() {
        return allCounts;
    }

    /**
     * As {@link #allCounts()}, but counting results as a reader pages through them with hits folded per post
     * ({@link ResultFacetCounts}); counted on first use, once per reader (two threads may both count, equally).
     */
    Map<String, FacetResult> allResultCounts() throws IOException {
        Map<String, FacetResult> counts = allResultCounts;
        if (counts == null) {
            counts = facetState == null ? Map.of() : FacetPass.allResults(this);
            allResultCounts = counts;
        }
        return counts;
    }

    /**
     * The dense ordinal of the post a document (top-level doc id) belongs to, in the order of the post ids, or -1
     * when unknown.
     */
    public int postOrdinal(int doc) {
        List<LeafReaderContext> leaves = getIndexReader().leaves();
        int leaf = ReaderUtil.subIndex(doc, leaves);
        return postOfDoc[leaf][doc - leaves.get(leaf).docBase];
    }

    /** As {@link #postOrdinal(int)}, for a document of one segment. */
    public int postOrdinal(LeafReaderContext leaf, int docInLeaf) {
        return postOfDoc[leaf.ord][docInLeaf];
    }

    /** As {@link #copyGroup(int)}, for a document of one segment. */
    public int copyGroup(LeafReaderContext leaf, int docInLeaf) {
        return postBoost.boilerplate().copies(leaf, docInLeaf);
    }

    /** The entity type of a document (top-level doc id), or null when it has none. */
    public DocType docType(int doc) {
        return docTypes.of(doc);
    }

    /** The group of near-duplicate sections the document belongs to ({@link Boilerplate}), or -1. */
    public int copyGroup(int doc) {
        List<LeafReaderContext> leaves = getIndexReader().leaves();
        int leaf = ReaderUtil.subIndex(doc, leaves);
        return postBoost.boilerplate().copies(leaves.get(leaf), doc - leaves.get(leaf).docBase);
    }

    /** Every facet value with its count over the whole index, for suggestions. */
    public FacetValues facetValues() {
        return facetValues;
    }

    private static boolean hasFacets(IndexReader reader) {
        for (LeafReaderContext leaf : reader.leaves()) {
            FieldInfo info = leaf.reader().getFieldInfos().fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
            if (info != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Walks the post-id terms once: cheaper than reading a stored field per hit on every request. Ordinals follow the
     * post ids' order, not the segments' (which depends on how the build's threads met), so what sorts by them sorts
     * alike after every rebuild.
     */
    private static int[][] postOrdinals(IndexReader reader) throws IOException {
        Map<BytesRef, Integer> ordinals = new HashMap<>();
        Terms all = MultiTerms.getTerms(reader, Fields.POST_ID);
        if (all != null) {
            TermsEnum sorted = all.iterator();
            for (BytesRef term = sorted.next(); term != null; term = sorted.next()) {
                ordinals.put(BytesRef.deepCopyOf(term), ordinals.size());
            }
        }
        int[][] result = new int[reader.leaves().size()][];
        for (LeafReaderContext leaf : reader.leaves()) {
            int[] posts = new int[leaf.reader().maxDoc()];
            Arrays.fill(posts, -1);
            Terms terms = leaf.reader().terms(Fields.POST_ID);
            if (terms != null) {
                TermsEnum termsEnum = terms.iterator();
                PostingsEnum postings = null;
                for (BytesRef term = termsEnum.next(); term != null; term = termsEnum.next()) {
                    int ordinal = ordinals.get(term);
                    postings = termsEnum.postings(postings, PostingsEnum.NONE);
                    for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                        posts[doc] = ordinal;
                    }
                }
            }
            result[leaf.ord] = posts;
        }
        return result;
    }
}
