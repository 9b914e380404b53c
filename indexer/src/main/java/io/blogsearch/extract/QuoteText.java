package io.blogsearch.extract;

import org.jsoup.nodes.Element;

/**
 * The words a quote shows a reader. Deleted text ({@code <del>}, {@code <s>}, {@code <strike>}, Markdown
 * {@code ~~struck~~}) is left out: the author took it back, so it is not what was said. One pair of quotation marks
 * around the whole text is dropped.
 */
final class QuoteText {

    /** The elements whose text the author struck out. */
    private static final String DELETED = "del, s, strike";
    private static final String OPENING_MARKS = "\"“„«‘'";
    private static final String CLOSING_MARKS = "\"”“»’'";

    private QuoteText() {
    }

    /** True for an element whose text is struck out. */
    static boolean isDeleted(Element element) {
        return element.is(DELETED);
    }

    /** The text of a block without its struck-out parts. */
    static String of(Element block) {
        if (block.selectFirst(DELETED) == null) {
            return block.text();
        }
        Element copy = block.clone();
        copy.select(DELETED).remove();
        return copy.text();
    }

    /** Words as a post reports them, without quotation marks around them. */
    static String spoken(String words) {
        return withoutEnclosingMarks(tidy(words));
    }

    /** Words as their speaker wrote them (a tweet). */
    static String written(String words) {
        return withoutEnclosingMarks(tidy(words));
    }

    /** Drops one pair of quotation marks around the whole text, keeping quotes inside it. */
    static String withoutEnclosingMarks(String text) {
        if (text.length() >= 2 && OPENING_MARKS.indexOf(text.charAt(0)) >= 0
                && CLOSING_MARKS.indexOf(text.charAt(text.length() - 1)) >= 0) {
            return text.substring(1, text.length() - 1).strip();
        }
        return text;
    }

    private static String tidy(String words) {
        return words.replaceAll("\\s+", " ").strip();
    }
}
