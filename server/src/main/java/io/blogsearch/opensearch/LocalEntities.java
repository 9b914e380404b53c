package io.blogsearch.opensearch;

import io.blogsearch.schema.DocType;
import io.blogsearch.schema.Fields;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/**
 * The entities of a local index the indexer has just built, read back for the OpenSearch writer: the fingerprint of
 * every page (what decides whether it is sent again) and, streamed, every entity with its page's section headings.
 */
final class LocalEntities {

    private static final Set<String> OUTLINE = Set.of(Fields.PATH, Fields.TYPE, Fields.FINGERPRINT,
            Fields.SECTION_HEADING);

    /** What one entity is sent as. */
    interface EntityConsumer {
        /** Takes one entity of page {@code path}. */
        void accept(String path, String id, Map<String, Object> source) throws IOException;
    }

    private final Path indexDir;
    private final Map<String, String> fingerprints = new HashMap<>();
    private final Map<String, List<String>> headings = new HashMap<>();

    private LocalEntities(Path indexDir) {
        this.indexDir = indexDir;
    }

    /** Reads the pages' fingerprints and section headings of the index at {@code indexDir}. */
    static LocalEntities read(Path indexDir) throws IOException {
        LocalEntities entities = new LocalEntities(indexDir);
        entities.forEachStored(OUTLINE, document -> {
            String type = document.get(Fields.TYPE);
            String path = document.get(Fields.PATH);
            if (DocType.POST.value().equals(type) || DocType.PAGE.value().equals(type)) {
                entities.fingerprints.put(path, document.get(Fields.FINGERPRINT));
            } else if (DocType.SECTION.value().equals(type) && document.get(Fields.SECTION_HEADING) != null) {
                entities.headings.computeIfAbsent(path, p -> new ArrayList<>())
                        .add(document.get(Fields.SECTION_HEADING));
            }
        });
        return entities;
    }

    /** Page path to the fingerprint of what its documents were built from. */
    Map<String, String> fingerprints() {
        return fingerprints;
    }

    /** Streams every entity of the pages in {@code paths} (all when null). */
    void forEach(Set<String> paths, EntityConsumer consumer) throws IOException {
        forEachStored(null, document -> {
            String path = document.get(Fields.PATH);
            if (paths == null || paths.contains(path)) {
                consumer.accept(path, document.get(Fields.ID),
                        EntitySource.of(document, headings.getOrDefault(path, List.of())));
            }
        });
    }

    private interface StoredConsumer {
        void accept(Document document) throws IOException;
    }

    private void forEachStored(Set<String> fields, StoredConsumer consumer) throws IOException {
        try (FSDirectory directory = FSDirectory.open(indexDir);
             DirectoryReader reader = DirectoryReader.open(directory)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                StoredFields stored = leaf.reader().storedFields();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (live == null || live.get(doc)) {
                        consumer.accept(fields == null ? stored.document(doc) : stored.document(doc, fields));
                    }
                }
            }
        }
    }
}
