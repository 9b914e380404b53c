package io.blogsearch.knowledge.speaker;

import java.util.List;
import java.util.Map;

/**
 * The site's own corrections to speaker merging ({@code speakers:} in {@code blogsearch.yaml}).
 *
 * @param aliases spelling as written in posts to the name it stands for
 * @param noMerge groups of names that belong to different people even though they look alike
 * @param extra   names of people the heuristics miss; accepted as speakers in headings whatever their shape
 */
public record SpeakerRules(Map<String, String> aliases, List<List<String>> noMerge, List<String> extra) {

    public SpeakerRules {
        aliases = Map.copyOf(aliases);
        noMerge = noMerge.stream().map(List::copyOf).toList();
        extra = List.copyOf(extra);
    }

    /** No corrections. */
    public static SpeakerRules none() {
        return new SpeakerRules(Map.of(), List.of(), List.of());
    }
}
