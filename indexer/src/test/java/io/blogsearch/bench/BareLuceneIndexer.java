package io.blogsearch.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/**
 * The baseline: every content file read and indexed as it is, one {@code TextField} per post with
 * {@link StandardAnalyzer}, on as many threads as the pipeline, one commit at the end.
 */
final class BareLuceneIndexer {

    private BareLuceneIndexer() {
    }

    /** Indexes every Markdown file under {@code content} into {@code indexDir}; returns the number of posts. */
    static int index(Path content, Path indexDir, int threads) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(content)) {
            files = walk.filter(file -> file.toString().endsWith(".md")).toList();
        }
        IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE).setRAMBufferSizeMB(256);
        try (FSDirectory directory = FSDirectory.open(indexDir);
             IndexWriter writer = new IndexWriter(directory, config)) {
            ForkJoinPool pool = new ForkJoinPool(threads);
            try {
                pool.submit(() -> files.parallelStream().forEach(file -> {
                    try {
                        Document document = new Document();
                        document.add(new TextField("text", Files.readString(file, StandardCharsets.UTF_8),
                                Field.Store.NO));
                        writer.addDocument(document);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
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
}
