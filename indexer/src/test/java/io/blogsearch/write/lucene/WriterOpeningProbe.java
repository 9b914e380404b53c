package io.blogsearch.write.lucene;

import java.nio.file.Path;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/** Opens a writer the way a build does, for {@link LuceneClassesTest} to run inside a class loader of its own. */
public final class WriterOpeningProbe {

    private WriterOpeningProbe() {
    }

    /** Opens and closes a writer on {@code dir} through {@link WriterOpening}, touching no Lucene class here first. */
    public static void run(Path dir) throws Exception {
        FSDirectory directory = FSDirectory.open(dir);
        try (WriterOpening opening = WriterOpening.start(() -> new IndexWriter(directory, new IndexWriterConfig()),
                () -> {
                })) {
            opening.writer();
        }
        directory.close();
    }
}
