package io.blogsearch.search;

import io.blogsearch.schema.DocType;
import io.blogsearch.schema.Fields;
import java.io.IOException;
import java.text.BreakIterator;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Snippets from Lucene's {@link UnifiedHighlighter}: the stored text fields are indexed with offsets, so passages are
 * cut from the postings without re-analysis. Quotes are shown by their own words, everything else by its body.
 */
final class Snippets {

    private static final String[] FIELDS = {Fields.TEXT, Fields.TITLE};
    private static final int[] PASSAGES = {1, 1};
    /** Characters of a stored field the highlighter looks at; matches beyond are rare and not worth the time. */
    private static final int MAX_ANALYZED = 100_000;

    private Snippets() {
    }

    /** One HTML snippet per document, in order; an entry is null when the document has no text to show. */
    static String[] of(IndexSearcher searcher, Query highlight, int[] docs, String[] types) throws IOException {
        String[] snippets = new String[docs.length];
        if (docs.length == 0) {
            return snippets;
        }
        Map<String, String[]> byField = highlighter(searcher).highlightFields(FIELDS, highlight, docs, PASSAGES);
        for (int i = 0; i < docs.length; i++) {
            String text = byField.get(Fields.TEXT)[i];
            String title = byField.get(Fields.TITLE)[i];
            boolean quote = DocType.QUOTE.value().equals(types[i]);
            snippets[i] = quote || text == null || text.isBlank() ? title : text;
        }
        return snippets;
    }

    private static UnifiedHighlighter highlighter(IndexSearcher searcher) {
        return new UnifiedHighlighter.Builder(searcher, Analysis.analyzer())
                .withFormatter(new SnippetFormatter())
                .withMaxLength(MAX_ANALYZED)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ROOT), SnippetFormatter.TARGET_LENGTH, 0.5f))
                .withMaxNoHighlightPassages(1)
                .build();
    }
}
