package io.blogsearch.write;

import org.apache.lucene.index.IndexWriter;

/**
 * Initialises Lucene's writer classes on the calling thread, once. In Lucene 9.12 {@code IndexWriter},
 * {@code ConcurrentMergeScheduler}, {@code SegmentReader} and {@code FilterIndexInput} each register with
 * {@code TestSecrets} from their static initialiser while {@code TestSecrets} initialises all four: two threads that
 * touch two of them first (one opening a reader, one building an {@code IndexWriterConfig}) can wait for each other's
 * class-initialisation lock forever (apache/lucene issues 12419 and 15119). Call this before starting any thread
 * that uses Lucene; initialising {@code IndexWriter} initialises the whole family on this thread.
 */
public final class LuceneClasses {

    private LuceneClasses() {
    }

    /** Initialises the family of classes behind the deadlock; cheap after the first call. */
    public static void initialise() {
        try {
            Class.forName(IndexWriter.class.getName(), true, IndexWriter.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Lucene's IndexWriter is not on the class path", e);
        }
    }
}
