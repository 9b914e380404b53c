package io.blogsearch.model;

/**
 * An author of a page as a reader should see it: a display name, and beside it what the front matter said of them.
 *
 * @param name        the display name (never Markdown), e.g. {@code Jane Doe}
 * @param affiliation the company or group written after the name, e.g. {@code Example Corp}; null when none
 * @param url         the link the front matter gave the name, or null
 */
public record Person(String name, String affiliation, String url) {
}
