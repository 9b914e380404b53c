package io.blogsearch.lucene.highlight;

import io.blogsearch.lucene.Analysis;
import io.blogsearch.lucene.BlogSearcher;
import io.blogsearch.lucene.hits.StoredCache;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * A {@link UnifiedHighlighter} that reads field values through the searcher's {@link StoredCache} and offsets from the
 * postings walked forward across a call's documents ({@link ForwardPostingsStrategy}).
 */
final class CachedHighlighter extends UnifiedHighlighter {

    private final StoredCache cache;

    private CachedHighlighter(Builder builder) {
        super(builder);
        this.cache = builder.searcher.storedCache();
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
            throws IOException {
        List<CharSequence[]> values = new ArrayList<>();
        for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
            CharSequence[] perField = new CharSequence[fields.length];
            for (int i = 0; i < fields.length; i++) {
                perField[i] = cache.text(fields[i], doc, getMaxLength());
            }
            values.add(perField);
        }
        return values;
    }

    @Override
    protected FieldOffsetStrategy getOffsetStrategy(OffsetSource source, UHComponents components) {
        return source == OffsetSource.POSTINGS ? new ForwardPostingsStrategy(components)
                : super.getOffsetStrategy(source, components);
    }

    /** Builds a cached highlighter over a {@link BlogSearcher}. */
    static final class Builder extends UnifiedHighlighter.Builder {

        private final BlogSearcher searcher;

        Builder(BlogSearcher searcher) {
            super(searcher, Analysis.analyzer());
            this.searcher = searcher;
        }

        @Override
        public UnifiedHighlighter build() {
            return new CachedHighlighter(this);
        }
    }
}
