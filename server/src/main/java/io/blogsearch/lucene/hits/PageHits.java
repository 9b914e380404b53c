package io.blogsearch.lucene.hits;

import io.blogsearch.api.Hit;
import io.blogsearch.api.Hit.InPostHit;
import io.blogsearch.lucene.BlogSearcher;
import io.blogsearch.lucene.highlight.Snippets;
import io.blogsearch.lucene.ranking.SearchQuery;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

/**
 * Reads the hits of the page served, each with the folded hits shown under its card: the stored fields of all of
 * them, and their snippets in one highlighting pass.
 */
public final class PageHits {

    private PageHits() {
    }

    /**
     * The hits of the given groups, in order. When nothing typed is scored (browsing, filters only) every entity of a
     * post matches alike, so none is listed under its card: the first three would say nothing about the search.
     */
    public static List<Hit> read(BlogSearcher searcher, List<HitGrouper.Group> matched, SearchQuery query)
            throws IOException {
        List<HitGrouper.Group> groups = query.highlight() != null ? matched
                : matched.stream().map(g -> new HitGrouper.Group(g.best(), g.more(), List.of())).toList();
        List<Integer> docs = new ArrayList<>();
        for (HitGrouper.Group group : groups) {
            docs.add(group.best().doc);
            group.shown().forEach(shown -> docs.add(shown.doc));
        }
        HitReader reader = new HitReader(searcher.storedCache());
        int[] ids = docs.stream().mapToInt(Integer::intValue).toArray();
        String[] types = new String[ids.length];
        List<Document> loaded = new ArrayList<>(ids.length);
        for (int i = 0; i < ids.length; i++) {
            loaded.add(reader.load(ids[i]));
            types[i] = HitReader.type(loaded.get(i));
        }
        Query highlight = query.highlight() == null ? new MatchNoDocsQuery() : query.highlight();
        String[] snippets = Snippets.of(searcher, highlight, ids, types);
        List<Hit> hits = new ArrayList<>(groups.size());
        int next = 0;
        for (HitGrouper.Group group : groups) {
            int best = next++;
            List<InPostHit> inPost = new ArrayList<>(group.shown().size());
            for (ScoreDoc ignored : group.shown()) {
                inPost.add(HitReader.readShown(loaded.get(next), snippets[next]));
                next++;
            }
            hits.add(HitReader.read(loaded.get(best), snippets[best], group.more(), List.copyOf(inPost)));
        }
        return hits;
    }
}
