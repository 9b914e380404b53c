package io.blogsearch.knowledge.conference;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The site's own corrections to conferences ({@code conferences:} in {@code blogsearch.yaml}).
 *
 * @param aliases   a conference name as found to the one value it stands for
 * @param overrides per-post decisions, first match wins; they beat front matter, events data and inference
 */
public record ConferenceRules(Map<String, String> aliases, List<Override> overrides) {

    public ConferenceRules {
        aliases = Map.copyOf(aliases);
        overrides = List.copyOf(overrides);
    }

    /** No corrections. */
    public static ConferenceRules none() {
        return new ConferenceRules(Map.of(), List.of());
    }

    /**
     * One override: posts whose path equals {@code path}, or whose title matches {@code title}, report on
     * {@code conference}; an empty conference means "no conference".
     *
     * @param path       a content path relative to the site root ({@code content/post/x.md}), or null
     * @param title      a regular expression found in the title, or null
     * @param conference the conference name, or empty for none
     */
    public record Override(String path, Pattern title, String conference) {

        /** True when this override is about the given post. */
        public boolean matches(String pagePath, String pageTitle) {
            return (path != null && path.equals(pagePath))
                    || (title != null && pageTitle != null && title.matcher(pageTitle).find());
        }
    }
}
