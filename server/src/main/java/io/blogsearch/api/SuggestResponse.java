package io.blogsearch.api;

import java.util.List;

/** The answer of {@code GET /api/suggest}. */
public record SuggestResponse(List<Suggestion> suggestions) {

    /**
     * One completion.
     *
     * @param text what to show and, when chosen, to search for
     * @param kind post, talk, speaker, tag or conference
     * @param url  where choosing it leads: the post or talk, or the search page filtered by the value
     */
    public record Suggestion(String text, String kind, String url) {
    }
}
