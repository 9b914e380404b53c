package io.blogsearch.bench;

import io.blogsearch.schema.BlogAnalyzers;
import io.blogsearch.schema.FacetDims;
import io.blogsearch.schema.Fields;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;

/**
 * The floor of the search benchmark: about the least a search endpoint on this index can do per request, served by
 * the same Javalin and Jackson as blogsearch, so that {@code bench.sh} can show what share of {@code /healthz} plain
 * Lucene search reaches on this machine when every answer is computed (as the indexer benchmark's bare Lucene line
 * does for indexing).
 *
 * <p>{@code /api/search?q=} parses {@code q} with Lucene's classic parser over the body field only, takes the top 10
 * by score (an empty {@code q} matches all, unsorted) and gives each hit its stored title and URL; in
 * {@code snippets} mode also one snippet each from Lucene's own UnifiedHighlighter; in {@code facets} mode also the top
 * ten values of every facet dimension among all the matches (Lucene's FacetsCollector and sorted-set counts, state
 * built once), which the API answers with every search. Stored values are decoded once
 * per document and kept, as blogsearch keeps them per reader: decompressing stored blocks is otherwise most of the
 * work, and the floor should be generous. Nothing else that blogsearch answers: no facets, no typo or prefix
 * expansion, no field weights, no grouping of a post's hits, no answer cache, no request log or metrics. Not a test
 * (surefire skips *Bench*).
 */
public final class BareSearchBench {

    private static final int TOP = 10;
    /** The stored fields a hit shows; the others (a post's whole body) are not decoded. */
    private static final Set<String> SHOWN = Set.of(Fields.TITLE, Fields.URL);

    private final IndexSearcher searcher;
    private final Analyzer analyzer = BlogAnalyzers.english();
    private final UnifiedHighlighter highlighter;
    private final boolean snippets;
    private final SortedSetDocValuesReaderState facetState;
    private final Map<Integer, BareHit> shown = new ConcurrentHashMap<>();

    private BareSearchBench(IndexSearcher searcher, boolean snippets, boolean facets) throws IOException {
        this.searcher = searcher;
        this.snippets = snippets;
        this.facetState = facets ? new DefaultSortedSetDocValuesReaderState(searcher.getIndexReader(),
                FacetsConfig.DEFAULT_INDEX_FIELD_NAME, FacetDims.config()) : null;
        this.highlighter = new CachingHighlighter(UnifiedHighlighter.builder(searcher, analyzer));
    }

    /** Arguments: index folder, port, {@code titles}, {@code snippets} or {@code facets}. Runs until killed. */
    public static void main(String[] args) throws Exception {
        DirectoryReader reader = DirectoryReader.open(FSDirectory.open(Path.of(args[0])));
        BareSearchBench bare = of(reader, args[2]);
        Javalin.create(javalin -> {
            javalin.startup.showJavalinBanner = false;
            javalin.jetty.host = "127.0.0.1";
            javalin.jetty.port = Integer.parseInt(args[1]);
            javalin.routes.get("/healthz", ctx -> ctx.json(Map.of("status", "ok")));
            javalin.routes.get("/readyz", ctx -> ctx.json(Map.of("status", "ready")));
            javalin.routes.get("/api/search", bare::search);
        }).start();
    }

    private record BareHit(String title, String url, String snippet) {
    }

    /** A floor of the given mode over an open reader, for measuring it in-process ({@link SearchCpuBench}). */
    static BareSearchBench of(DirectoryReader reader, String mode) throws IOException {
        return new BareSearchBench(new IndexSearcher(reader), !"titles".equals(mode), "facets".equals(mode));
    }

    private void search(Context ctx) throws IOException {
        ctx.json(answer(ctx.queryParam("q")));
    }

    /** The answer to {@code q}, as the JSON body is made of. */
    Map<String, Object> answer(String q) throws IOException {
        Query query = parse(q);
        Map<String, Object> answer = new HashMap<>();
        TopDocs top;
        if (facetState == null) {
            top = searcher.search(query, TOP);
        } else {
            Object[] both = searcher.search(query, new MultiCollectorManager(
                    new TopScoreDocCollectorManager(TOP, Integer.MAX_VALUE), new FacetsCollectorManager()));
            top = (TopDocs) both[0];
            answer.put("facets", facets((FacetsCollector) both[1]));
        }
        String[] cut = snippets && !(query instanceof MatchAllDocsQuery)
                ? highlighter.highlight(Fields.TEXT, query, top)
                : new String[top.scoreDocs.length];
        List<BareHit> hits = new ArrayList<>(top.scoreDocs.length);
        for (int i = 0; i < top.scoreDocs.length; i++) {
            BareHit hit = shown.computeIfAbsent(top.scoreDocs[i].doc, this::load);
            hits.add(new BareHit(hit.title(), hit.url(), cut[i]));
        }
        answer.put("total", top.totalHits.value);
        answer.put("hits", hits);
        return answer;
    }

    private List<FacetResult> facets(FacetsCollector matches) throws IOException {
        Facets counts = new SortedSetDocValuesFacetCounts(facetState, matches);
        List<FacetResult> results = new ArrayList<>();
        for (String dim : facetState.getDims()) {
            FacetResult top = counts.getTopChildren(TOP, dim);
            if (top != null) {
                results.add(top);
            }
        }
        return results;
    }

    private BareHit load(int doc) {
        try {
            Document stored = searcher.storedFields().document(doc, SHOWN);
            return new BareHit(stored.get(Fields.TITLE), stored.get(Fields.URL), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Query parse(String q) {
        if (q == null || q.isBlank()) {
            return new MatchAllDocsQuery();
        }
        try {
            return new QueryParser(Fields.TEXT, analyzer).parse(q);
        } catch (ParseException e) {
            try {
                return new QueryParser(Fields.TEXT, analyzer).parse(QueryParser.escape(q));
            } catch (ParseException escaped) {
                return new MatchAllDocsQuery();
            }
        }
    }

    /** Lucene's highlighter, reading each document's body text once. */
    private static final class CachingHighlighter extends UnifiedHighlighter {

        private final Map<Integer, CharSequence> bodies = new ConcurrentHashMap<>();

        CachingHighlighter(Builder builder) {
            super(builder);
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int charsThreshold)
                throws IOException {
            List<CharSequence[]> values = new ArrayList<>();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                CharSequence body = bodies.get(doc);
                if (body == null) {
                    String stored = searcher.storedFields().document(doc, Set.of(Fields.TEXT)).get(Fields.TEXT);
                    body = stored == null ? "" : stored;
                    bodies.put(doc, body);
                }
                values.add(new CharSequence[] {body});
            }
            return values;
        }
    }
}
