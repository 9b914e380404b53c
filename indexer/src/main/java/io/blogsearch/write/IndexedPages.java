package io.blogsearch.write;

import io.blogsearch.schema.CommitData;
import io.blogsearch.schema.DocType;
import io.blogsearch.schema.Fields;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.store.Directory;
import org.apache.lucene.document.Document;

/**
 * What the last commit holds, per source file: the content hash, the fingerprint and the stored page record of
 * every post document. The incremental build compares against it.
 *
 * @param byPath   entries by site-relative path
 * @param cacheKey the cache key of the last commit, or null for a new index
 */
record IndexedPages(Map<String, Entry> byPath, String cacheKey) {

    /**
     * One indexed file.
     *
     * @param contentHash SHA-256 of the file when it was indexed
     * @param fingerprint hash of what its documents were built from
     * @param record      the stored parsed page, JSON
     */
    record Entry(String contentHash, String fingerprint, String record) {
    }

    private static final Set<String> LOADED = Set.of(Fields.PATH, Fields.CONTENT_HASH, Fields.FINGERPRINT, Fields.RECORD);

    /** Nothing indexed yet. */
    static IndexedPages empty() {
        return new IndexedPages(Map.of(), null);
    }

    /** Reads the last commit of {@code directory}, or nothing when it has none. */
    static IndexedPages load(Directory directory) throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return empty();
        }
        Map<String, Entry> byPath = new HashMap<>();
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            String cacheKey = reader.getIndexCommit().getUserData().get(CommitData.CACHE_KEY);
            IndexSearcher searcher = new IndexSearcher(reader);
            Query posts = new TermQuery(new Term(Fields.TYPE, DocType.POST.value()));
            Weight weight = searcher.createWeight(searcher.rewrite(posts), ScoreMode.COMPLETE_NO_SCORES, 1f);
            for (LeafReaderContext leaf : reader.leaves()) {
                Scorer scorer = weight.scorer(leaf);
                if (scorer == null) {
                    continue;
                }
                StoredFields stored = leaf.reader().storedFields();
                var live = leaf.reader().getLiveDocs();
                DocIdSetIterator docs = scorer.iterator();
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    if (live != null && !live.get(doc)) {
                        continue;
                    }
                    Document document = stored.document(doc, LOADED);
                    byPath.put(document.get(Fields.PATH), new Entry(document.get(Fields.CONTENT_HASH),
                            document.get(Fields.FINGERPRINT), document.get(Fields.RECORD)));
                }
            }
            return new IndexedPages(byPath, cacheKey);
        }
    }
}
