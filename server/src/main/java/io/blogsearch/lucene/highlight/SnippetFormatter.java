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
        int[] starts = passage.getMatchStarts();
        int[] ends = passage.getMatchEnds();
        int start = passage.getStartOffset();
        int end = passage.getEndOffset();
        int anchor = bestWindow(passage);
        if (anchor >= 0 && starts[anchor] - start > LEAD) {
            start = breakBefore(content, starts[anchor] - LEAD, start);
        }
        if (end - start > TARGET_LENGTH) {
            end = breakAfter(content, start + TARGET_LENGTH, end);
        }
        StringBuilder html = new StringBuilder();
        if (start > 0) {
            html.append("… ");
        }
        int pos = start;
        int i = 0;
        while (i < passage.getNumMatches() && starts[i] < end) {
            int markStart = Math.max(starts[i], pos);
            int markEnd = Math.min(ends[i], end);
            i++;
            // Matches that overlap or touch are one mark: CJK text is indexed as overlapping pairs of characters,
            // which would otherwise show a word as a row of marks, each a character or two long.
            while (i < passage.getNumMatches() && starts[i] <= markEnd && starts[i] < end) {
                markEnd = Math.max(markEnd, Math.min(ends[i], end));
                i++;
            }
            if (markEnd <= markStart) {
                continue;
            }
            escape(content, pos, markStart, html);
            html.append("<mark>");
            escape(content, markStart, markEnd, html);
            html.append("</mark>");
            pos = markEnd;
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

    /**
     * Where a snippet cut near {@code from} begins: at the start of its word, never before {@code min}. CJK text
     * breaks between any two characters, so a walk back to a space does not reach the start of its passage.
     */
    private static int breakBefore(String content, int from, int min) {
        int i = Math.max(from, min);
        while (i > min && !Character.isWhitespace(content.charAt(i - 1)) && !isCjk(content.charAt(i - 1))
                && !isCjk(content.charAt(i))) {
            i--;
        }
        return i;
    }

    /** Where a snippet cut near {@code from} ends: at the end of its word (or between CJK characters). */
    private static int breakAfter(String content, int from, int max) {
        int i = Math.min(from, max);
        while (i < max && !Character.isWhitespace(content.charAt(i)) && !isCjk(content.charAt(i - 1))
                && !isCjk(content.charAt(i))) {
            i++;
        }
        return i;
    }

    /** A character of Chinese, Japanese or Korean text, or their punctuation: text that breaks anywhere. */
    private static boolean isCjk(char c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || (c >= '\u3000' && c <= '\u303f') || (c >= '\uff00' && c <= '\uffef');
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
