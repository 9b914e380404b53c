package io.blogsearch.lucene.highlight;

import io.blogsearch.lucene.BlogSearcher;
import io.blogsearch.schema.DocType;
import io.blogsearch.schema.Fields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Snippets from Lucene's {@link UnifiedHighlighter}: the stored text fields are indexed with offsets, so passages are
 * cut from the postings without re-analysis. Quotes are shown by their own words, everything else by its body.
 */
public final class Snippets {

    /** Characters of a stored field the highlighter looks at; matches further into a long post are not shown. */
    private static final int MAX_ANALYZED = 30_000;

    private Snippets() {
    }

    /** One HTML snippet per document, in order; an entry is null when the document has no text to show. */
    public static String[] of(BlogSearcher searcher, Query highlight, int[] docs, String[] types) throws IOException {
        String[] snippets = new String[docs.length];
        if (docs.length == 0) {
            return snippets;
        }
        // Expanding prefix and fuzzy words into the index's terms first keeps the highlighter on the postings'
        // offsets; with multi-term queries left in, it re-analyses every whole post body.
        Query terms = searcher.rewrite(highlight);
        UnifiedHighlighter highlighter = searcher.highlighter();
        List<Integer> quotes = new ArrayList<>();
        List<Integer> others = new ArrayList<>();
        for (int i = 0; i < docs.length; i++) {
            (DocType.QUOTE.value().equals(types[i]) ? quotes : others).add(i);
        }
        fill(snippets, others, highlight(highlighter, Fields.TEXT, terms, docs, others));
        fill(snippets, quotes, highlight(highlighter, Fields.TITLE, terms, docs, quotes));
        List<Integer> untexted = new ArrayList<>();
        for (int i : others) {
            if (snippets[i] == null || snippets[i].isBlank()) {
                untexted.add(i);
            }
        }
        fill(snippets, untexted, highlight(highlighter, Fields.TITLE, terms, docs, untexted));
        return snippets;
    }

    private static String[] highlight(UnifiedHighlighter highlighter, String field, Query query, int[] docs,
                                      List<Integer> which) throws IOException {
        if (which.isEmpty()) {
            return new String[0];
        }
        int[] subset = which.stream().mapToInt(i -> docs[i]).toArray();
        return highlighter.highlightFields(new String[] {field}, query, subset, new int[] {1}).get(field);
    }

    private static void fill(String[] snippets, List<Integer> which, String[] values) {
        for (int i = 0; i < which.size(); i++) {
            snippets[which.get(i)] = values[i];
        }
    }

    /** The highlighter for one reader's snippets; made once per reader (see {@link BlogSearcher#highlighter()}). */
    public static UnifiedHighlighter newHighlighter(BlogSearcher searcher) {
        return new CachedHighlighter.Builder(searcher)
                .withFormatter(new SnippetFormatter())
                .withMaxLength(MAX_ANALYZED)
                // One passage per field; SnippetFormatter cuts it around the first match. A sentence iterator would
                // scan whole code blocks (no sentence ends) on every hit and cost most of the request.
                .withBreakIterator(WholeBreakIterator::new)
                .withMaxNoHighlightPassages(1)
                // Term offsets straight from the postings: the Weight.matches() route opened a terms enum per term and
                // document, and cost about a fifth of an uncached search. Phrases are still highlighted strictly.
                .withWeightMatches(false)
                .withScorer(new LeanPassageScorer())
                .build();
    }
}
