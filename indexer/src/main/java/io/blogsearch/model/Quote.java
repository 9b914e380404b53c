package io.blogsearch.model;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An attributed quotation: words a named person said or wrote.
 *
 * @param text          the quoted words, without quotation marks around the whole
 * @param speaker       the speaker as attributed (canonical after speaker merging); several people are joined by
 *                      {@link #SPEAKER_JOINER}
 * @param sectionAnchor anchor of the section the quote is in, or null before the first heading
 * @param source        where the words were published, when the page links it (an embedded tweet), or null
 */
public record Quote(String text, String speaker, String sectionAnchor, String source) {

    /** How an attribution joins several people ("Ana Lima &amp; Bo Berg"). */
    public static final String SPEAKER_JOINER = " & ";
    private static final Pattern JOINED = Pattern.compile("\\s+&\\s+");

    /** A quote without a linked source. */
    public Quote(String text, String speaker, String sectionAnchor) {
        this(text, speaker, sectionAnchor, null);
    }

    /** Each person the attribution names: "Ana Lima &amp; Bo Berg" is two; empty when it names nobody. */
    public List<String> speakers() {
        if (speaker == null || speaker.isBlank()) {
            return List.of();
        }
        if (speaker.indexOf('&') < 0) {
            return List.of(speaker.trim()); // nearly every attribution: no regex
        }
        return Arrays.stream(JOINED.split(speaker)).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** This quote attributed to another spelling of its speaker. */
    public Quote withSpeaker(String name) {
        return new Quote(text, name, sectionAnchor, source);
    }
}
