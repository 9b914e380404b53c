package io.blogsearch.lucene.highlight;

import io.blogsearch.api.SnippetHtml;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.util.BytesRef;

/**
 * Writes the passage as HTML: matched terms in {@code <mark>}, every other character escaped, cut to about
 * {@link #TARGET_LENGTH} characters around the window with the most distinct matched words (then the most matches).
 */
final class SnippetFormatter extends PassageFormatter {

    static final int TARGET_LENGTH = 220;
    private static final int LEAD = 60;

    @Override
    public String format(Passage[] passages, String content) {
        if (passages.length == 0) {
            return null;
        }
        Passage passage = passages[0];
        int start = passage.getStartOffset();
        int end = passage.getEndOffset();
        int anchor = bestWindow(passage);
        if (anchor >= 0 && passage.getMatchStarts()[anchor] - start > LEAD) {
            start = wordStart(content, passage.getMatchStarts()[anchor] - LEAD, start);
        }
        if (end - start > TARGET_LENGTH) {
            end = wordEnd(content, start + TARGET_LENGTH, end);
        }
        StringBuilder html = new StringBuilder();
        if (start > 0) {
            html.append("… ");
        }
        int pos = start;
        for (int i = Math.max(anchor, 0); i < passage.getNumMatches(); i++) {
            int matchStart = Math.max(passage.getMatchStarts()[i], pos);
            int matchEnd = Math.min(passage.getMatchEnds()[i], end);
            if (matchStart >= end) {
                break;
            }
            if (matchEnd <= matchStart) {
                continue;
            }
            escape(content, pos, matchStart, html);
            html.append("<mark>");
            escape(content, matchStart, matchEnd, html);
            html.append("</mark>");
            pos = matchEnd;
        }
        escape(content, pos, end, html);
        if (end < content.length()) {
            html.append(" …");
        }
        return html.toString().strip();
    }

    /** The match that starts the window richest in distinct matched terms, or -1 when nothing matched. */
    private static int bestWindow(Passage passage) {
        int best = -1;
        long bestScore = -1;
        int n = passage.getNumMatches();
        Set<BytesRef> distinct = new HashSet<>();
        for (int i = 0; i < n; i++) {
            int limit = passage.getMatchStarts()[i] + TARGET_LENGTH - LEAD;
            distinct.clear();
            int count = 0;
            for (int j = i; j < n && passage.getMatchStarts()[j] < limit; j++) {
                distinct.add(passage.getMatchTerms()[j]);
                count++;
            }
            long score = distinct.size() * 1000L + count;
            if (score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        return best;
    }

    private static int wordStart(String content, int from, int min) {
        int i = Math.max(from, min);
        while (i > min && !Character.isWhitespace(content.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static int wordEnd(String content, int from, int max) {
        int i = Math.min(from, max);
        while (i < max && !Character.isWhitespace(content.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Escapes HTML metacharacters and quotes, so the snippet is safe as element content and in attributes. */
    static void escape(String content, int from, int to, StringBuilder out) {
        SnippetHtml.escape(content, from, to, out);
    }

    /** The whole string escaped. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        escape(text, 0, text.length(), out);
        return out.toString();
    }
}
