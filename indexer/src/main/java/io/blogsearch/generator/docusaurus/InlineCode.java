package io.blogsearch.generator.docusaurus;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a line's inline code spans are, as CommonMark reads them: a run of backticks opens a span that the next run
 * of the same length closes; a run that nothing closes is plain text.
 */
final class InlineCode {

    private InlineCode() {
    }

    /** The spans' start and end offsets (end exclusive, backticks included), in order. */
    static List<int[]> spans(String line) {
        List<int[]> spans = new ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            if (line.charAt(i) != '`' || (i > 0 && line.charAt(i - 1) == '\\')) {
                i++;
                continue;
            }
            int length = run(line, i);
            int close = closing(line, i + length, length);
            if (close < 0) {
                i += length;
            } else {
                spans.add(new int[] {i, close + length});
                i = close + length;
            }
        }
        return spans;
    }

    /** The start of the next run of exactly {@code length} backticks from {@code from}, or -1. */
    private static int closing(String line, int from, int length) {
        int i = from;
        while (i < line.length()) {
            if (line.charAt(i) == '`') {
                int run = run(line, i);
                if (run == length) {
                    return i;
                }
                i += run;
            } else {
                i++;
            }
        }
        return -1;
    }

    private static int run(String line, int start) {
        int end = start;
        while (end < line.length() && line.charAt(end) == '`') {
            end++;
        }
        return end - start;
    }
}
