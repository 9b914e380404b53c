package io.blogsearch.lucene.hits;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;

/**
 * Stored fields of recently shown hits, for the life of one reader (a refresh starts a new, empty cache). Reading a
 * stored field decompresses its whole block, which also holds the large page records and bodies of neighbouring
 * documents: the costliest step of a search after highlighting. Bounded by entries and by characters.
 */
public final class StoredCache {

    private static final int MAX_DOCUMENTS = 20_000;
    private static final long MAX_TEXT_CHARS = 8_000_000;

    private final IndexReader reader;
    private final Map<Integer, Document> documents = new ConcurrentHashMap<>();
    private final Map<String, Map<Integer, String>> texts = new ConcurrentHashMap<>();
    private final AtomicLong textChars = new AtomicLong();

    /** An empty cache over the stored fields of {@code reader}. */
    public StoredCache(IndexReader reader) {
        this.reader = reader;
    }

    /** The given stored fields of a document (the same field set on every call). */
    Document document(int doc, Set<String> fields) throws IOException {
        Document cached = documents.get(doc);
        if (cached != null) {
            return cached;
        }
        Document loaded = reader.storedFields().document(doc, fields);
        if (documents.size() < MAX_DOCUMENTS) {
            documents.put(doc, loaded);
        }
        return loaded;
    }

    /** One stored text field of a document, cut to {@code maxChars}; empty when absent. */
    public String text(String field, int doc, int maxChars) throws IOException {
        Map<Integer, String> byDoc = texts.computeIfAbsent(field, f -> new ConcurrentHashMap<>());
        String cached = byDoc.get(doc);
        if (cached != null) {
            return cached;
        }
        String value = reader.storedFields().document(doc, Set.of(field)).get(field);
        value = value == null ? "" : value.substring(0, Math.min(value.length(), maxChars));
        if (textChars.addAndGet(value.length()) <= MAX_TEXT_CHARS) {
            byDoc.put(doc, value);
        }
        return value;
    }
}
