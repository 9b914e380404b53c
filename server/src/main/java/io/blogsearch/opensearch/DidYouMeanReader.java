package io.blogsearch.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import io.blogsearch.query.TypedCase;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The did-you-mean of an answer: the typed text with each word the index lacks replaced by its best suggestion, in
 * the typed word's capitals.
 */
final class DidYouMeanReader {

    private DidYouMeanReader() {
    }

    /** The corrected text, or null when no word was corrected. */
    static String read(JsonNode suggest, String typed) {
        String corrected = typed;
        for (JsonNode entry : suggest.path("typo")) {
            JsonNode best = entry.path("options").path(0);
            if (best.isMissingNode()) {
                continue;
            }
            String word = entry.path("text").asText();
            Matcher matcher = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])")
                    .matcher(corrected);
            if (matcher.find()) {
                String replacement = TypedCase.like(matcher.group(), best.path("text").asText());
                corrected = corrected.substring(0, matcher.start()) + replacement
                        + corrected.substring(matcher.end());
            }
        }
        return corrected.toLowerCase(Locale.ROOT).equals(typed.toLowerCase(Locale.ROOT)) ? null : corrected;
    }
}
