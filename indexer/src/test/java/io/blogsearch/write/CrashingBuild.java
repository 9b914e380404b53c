package io.blogsearch.write;

import io.blogsearch.schema.BlogAnalyzers;
import java.nio.file.Path;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/**
 * Run in a child JVM by {@link KillSafetyIT}: starts rewriting an index the way a build does (delete everything,
 * add new documents, flush segments to disk) and then dies like {@code kill -9}, without closing or committing.
 */
public final class CrashingBuild {

    private CrashingBuild() {
    }

    /** {@code args[0]}: the index folder. */
    public static void main(String[] args) throws Exception {
        FSDirectory directory = FSDirectory.open(Path.of(args[0]));
        IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(BlogAnalyzers.forIndexing())
                .setCommitOnClose(false));
        writer.deleteAll();
        for (int i = 0; i < 1000; i++) {
            Document document = new Document();
            document.add(new StringField("junk", "half-built " + i, Field.Store.YES));
            writer.addDocument(document);
        }
        writer.flush();
        System.out.println("flushed");
        System.out.flush();
        Runtime.getRuntime().halt(137);
    }
}
