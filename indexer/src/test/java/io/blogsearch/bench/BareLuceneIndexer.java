package io.blogsearch.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;
import io.blogsearch.schema.BlogAnalyzers;
import io.blogsearch.schema.Fields;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/**
 * The baseline: every content file read and indexed as it is, one document per post, on as many threads as the
 * pipeline, one commit at the end. {@link Text#PLAIN} is the bare-Lucene rate of the target: one {@code TextField}
 * with {@link StandardAnalyzer}. {@link Text#SCHEMA} indexes the same files as the schema must index any text at the
 * least (the English field, stored for display, beside its unstemmed twin; not even the offsets the highlighter uses)
 * and nothing else: no parsing, no sections, no facets. Its rate bounds from above what the full pipeline can reach.
 */
final class BareLuceneIndexer {

    /** How the text of a post is indexed. */
    enum Text {
        PLAIN,
        SCHEMA
    }

    private BareLuceneIndexer() {
    }

    /** Indexes every Markdown file under {@code content} into {@code indexDir} as plain text; returns the posts. */
    static int index(Path content, Path indexDir, int threads) throws IOException {
        return index(content, indexDir, threads, Text.PLAIN);
    }

    /** Indexes every Markdown file under {@code content} into {@code indexDir}; returns the number of posts. */
    static int index(Path content, Path indexDir, int threads, Text text) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(content)) {
            files = walk.filter(file -> file.toString().endsWith(".md")).toList();
        }
        IndexWriterConfig config = new IndexWriterConfig(text == Text.PLAIN ? new StandardAnalyzer()
                : BlogAnalyzers.forIndexing())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE).setRAMBufferSizeMB(256);
        try (FSDirectory directory = FSDirectory.open(indexDir);
             IndexWriter writer = new IndexWriter(directory, config)) {
            ForkJoinPool pool = new ForkJoinPool(threads);
            try {
                pool.submit(() -> files.parallelStream().forEach(file -> {
                    try {
                        writer.addDocument(document(Files.readString(file, StandardCharsets.UTF_8), text));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })).get();
            } catch (InterruptedException | ExecutionException e) {
                throw new IOException(e);
            } finally {
                pool.shutdown();
            }
            writer.commit();
        }
        return files.size();
    }

    private static Document document(String body, Text text) {
        Document document = new Document();
        if (text == Text.PLAIN) {
            document.add(new TextField("text", body, Field.Store.NO));
        } else {
            document.add(new TextField(Fields.TEXT, body, Field.Store.YES));
            document.add(new TextField(Fields.TEXT_EXACT, body, Field.Store.NO));
        }
        return document;
    }
}
