package io.blogsearch.extract;

import io.blogsearch.knowledge.talk.NameShape;
import io.blogsearch.model.Quote;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quotes reported inside a sentence, as press releases and interviews write them: {@code “…,” said Ana Lima, CTO of
 * Example.} and {@code “…,” Ana Lima says.} The quoted words open a sentence and end with their own comma or stop
 * inside the marks; the speaker is one person by the shape of the name ({@link QuoteAttribution}), so "said the CEO"
 * names nobody and the quotation is not reported as a quote. A given name alone ("says Ana") is the person the page
 * names in full with it, when there is exactly one ({@link #resolve}).
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
    /** A given name alone as the speaker: "says Jacob". */
    private static final Pattern GIVEN_NAME = Pattern.compile("\\p{Lu}\\p{Ll}{2,}");
    /** Pronouns, which stand where a given name would: "“…,” she says" names nobody in particular. */
    private static final Set<String> PRONOUNS = Set.of("She", "They", "One", "Who", "This", "That");
    /** A test before the patterns, after the cheaper one for a quotation mark: most paragraphs report nobody. */
    private static final Pattern ANY_VERB = Pattern.compile("\\s" + VERBS + "\\b");

    private ReportedSpeech() {
    }

    /**
     * Words reported for a given name alone ("“…,” says Jacob"), waiting for the page's whole text: interviews name
     * a person in full once and by the given name after.
     */
    record ByGivenName(String words, String givenName, String sectionAnchor) {
    }

    /**
     * The reported quotes of a paragraph's text, in order; none when it reports nobody's words. Those attributed to
     * a given name alone go to {@code byGivenName}, for {@link #resolve}.
     */
    static List<Quote> in(String text, String sectionAnchor, List<ByGivenName> byGivenName) {
        List<Quote> quotes = new ArrayList<>();
        if ((text.indexOf('"') < 0 && text.indexOf('“') < 0) || !ANY_VERB.matcher(text).find()) {
            return quotes;
        }
        for (Pattern form : List.of(VERB_FIRST, NAME_FIRST)) {
            Matcher matcher = form.matcher(text);
            while (matcher.find()) {
                String words = matcher.group(1) + (matcher.group(2).equals(",") ? "" : matcher.group(2));
                String attribution = matcher.group(3).strip();
                String speaker = QuoteAttribution.speakers(attribution);
                if (speaker == null && GIVEN_NAME.matcher(attribution).matches() && !PRONOUNS.contains(attribution)) {
                    byGivenName.add(new ByGivenName(words, attribution, sectionAnchor));
                } else {
                    QuoteExtractor.quote(words, speaker, sectionAnchor, null).ifPresent(quotes::add);
                }
            }
        }
        return quotes;
    }

    /**
     * The quotes of given names the page names in full: "Jacob" is Jacob Aronoff when "Jacob Aronoff" is the only
     * full name with that given name in {@code pageText}; with none, or two people sharing it, the words name nobody.
     */
    static List<Quote> resolve(List<ByGivenName> byGivenName, String pageText) {
        List<Quote> quotes = new ArrayList<>();
        Map<String, Optional<String>> fullNames = new HashMap<>();
        for (ByGivenName reported : byGivenName) {
            fullNames.computeIfAbsent(reported.givenName(), given -> fullName(given, pageText))
                    .flatMap(name -> QuoteExtractor.quote(reported.words(), name, reported.sectionAnchor(), null))
                    .ifPresent(quotes::add);
        }
        return quotes;
    }

    private static Optional<String> fullName(String givenName, String pageText) {
        Matcher matcher = Pattern.compile("(?<!\\p{L})" + Pattern.quote(givenName) + "\\s+(\\p{Lu}[\\p{L}'’-]+)")
                .matcher(pageText);
        Set<String> names = new HashSet<>();
        while (matcher.find()) {
            String name = givenName + " " + matcher.group(1);
            if (NameShape.isPersonName(name) && !NameShape.isRole(name)) {
                names.add(name);
            }
        }
        return names.size() == 1 ? Optional.of(names.iterator().next()) : Optional.empty();
    }
}
