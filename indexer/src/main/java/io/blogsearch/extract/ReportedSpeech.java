package io.blogsearch.extract;

import io.blogsearch.model.Quote;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quotes reported inside a sentence, as press releases and interviews write them: {@code “…,” said Ana Lima, CTO of
 * Example.} and {@code “…,” Ana Lima says.} The quoted words open a sentence and end with their own comma or stop
 * inside the marks; the speaker is one person by the shape of the name ({@link QuoteAttribution}), so "said the CEO"
 * or a first name alone ("says Ana") names nobody and the quotation is not reported as a quote.
 */
final class ReportedSpeech {

    private static final String VERBS = "(?:said|says|explained|explains|added|adds|noted|notes|wrote|writes"
            + "|commented|comments|recalled|recalls)";
    /**
     * The quoted words at the start of a sentence, ending with punctuation inside the closing mark: a stop is the
     * words' own, a comma the reporting sentence's.
     */
    private static final String WORDS = "(?:^|(?<=[.!?]\\s)|(?<=[.!?][\"”]\\s))[\"“]([^\"“”]{8,}?)([,.!?])[\"”]\\s+";
    /** {@code “…,” said Ana Lima, her role}: the name runs to the first comma, stop or parenthesis. */
    private static final Pattern VERB_FIRST = Pattern.compile(WORDS + VERBS + "\\s+([^,.;:()\"“”]{3,60})");
    /** {@code “…,” Ana Lima said}: two to four capitalised words, then the verb. */
    private static final Pattern NAME_FIRST = Pattern.compile(WORDS
            + "(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]*){1,3})\\s+" + VERBS + "\\b");
    /** A cheap test before the patterns: most paragraphs report nobody's words. */
    private static final Pattern ANY_VERB = Pattern.compile("\\s" + VERBS + "\\b");

    private ReportedSpeech() {
    }

    /** The reported quotes of a paragraph's text, in order; none when it reports nobody's words. */
    static List<Quote> in(String text, String sectionAnchor) {
        List<Quote> quotes = new ArrayList<>();
        if (!ANY_VERB.matcher(text).find()) {
            return quotes;
        }
        for (Pattern form : List.of(VERB_FIRST, NAME_FIRST)) {
            Matcher matcher = form.matcher(text);
            while (matcher.find()) {
                String words = matcher.group(1) + (matcher.group(2).equals(",") ? "" : matcher.group(2));
                String speaker = QuoteAttribution.speakers(matcher.group(3));
                QuoteExtractor.quote(words, speaker, sectionAnchor, null).ifPresent(quotes::add);
            }
        }
        return quotes;
    }
}
