package io.blogsearch.api;

/**
 * The answer of {@code GET /api/site}: the blog the search belongs to, as the search page shows it.
 *
 * @param title    the blog's title, or null
 * @param url      the blog's home page, or null; root-relative when the server also serves the built site
 * @param basePath where the search page lives, ending in {@code /}, e.g. {@code /search/}
 */
public record SiteResponse(String title, String url, String basePath) {
}
