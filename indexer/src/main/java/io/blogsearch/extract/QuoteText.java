package io.blogsearch.extract;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The words a quote shows a reader. Deleted text ({@code <del>}, {@code <s>}, {@code <strike>}, Markdown
 * {@code ~~struck~~}) is left out: the author took it back, so it is not what was said. One pair of quotation marks
 * around the whole text is dropped, and so is a parenthesised note after or before such a pair
 * ({@code "words" (context)}, {@code (Translation) "words"}):
 * the marks say where the spoken words end, the note is the author's aside.
 */
final class QuoteText {

    /** The elements whose text the author struck out. */
    private static final String DELETED = "del, s, strike";
    private static final String OPENING_MARKS = "\"“„«‘'";
    private static final String CLOSING_MARKS = "\"”“»’'";
    /**
     * Double marks around words holding no double marks or parentheses (groups: opening mark, words, closing mark).
     * Single marks are left out: an apostrophe inside the words would read as their end.
     */
    private static final String QUOTED_WORDS = "([\"“„«])([^\"“”„«»()]+)([\"”“»])";
    /** One note in parentheses, holding no marks. */
    private static final String NOTE = "\\([^()\"“”„«»]+\\)";
    /** Quoted words, then the note: {@code "words" (context)}. */
    private static final Pattern NOTED = Pattern.compile("^" + QUOTED_WORDS + "\\s*" + NOTE + "[.!]?$");
    /** The note, then the quoted words: {@code (Translation) "words"}. */
    private static final Pattern NOTE_FIRST = Pattern.compile("^" + NOTE + "\\s*" + QUOTED_WORDS + "[.!]?$");
    /** Which closing mark ends each opening one: English “…”, German „…“ (or „…”), French «…». */
    private static final Map<Character, String> CLOSES = Map.of('"', "\"", '“', "”", '„', "“”", '«', "»");

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

    /** Words someone said as a post reports them: without enclosing marks or a note after the marks. */
    static String spoken(String words) {
        String text = tidy(words);
        for (Pattern withNote : new Pattern[] {NOTED, NOTE_FIRST}) {
            Matcher noted = withNote.matcher(text);
            if (noted.matches() && CLOSES.get(noted.group(1).charAt(0)).contains(noted.group(3))) {
                return noted.group(2).strip();
            }
        }
        return withoutEnclosingMarks(text);
    }

    /**
     * Words as their speaker wrote them (a tweet): only enclosing marks are dropped. A note after quoted words in a
     * tweet may name who said them first, so it stays.
     */
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
