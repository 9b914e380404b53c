package io.blogsearch.lucene;

import java.io.IOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/** Makes a {@link BlogSearcher} for every reader the {@code SearcherManager} opens. */
final class BlogSearcherFactory extends SearcherFactory {

    @Override
    public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
        return new BlogSearcher(reader);
    }
}
