package io.blogsearch.source;

/**
 * A config or content form blogsearch does not understand and reads only partly or not at all; shown once in the
 * index summary so it is never silently dropped.
 *
 * @param file    the file it comes from, relative to the site root (e.g. {@code config/_default/hugo.yaml})
 * @param key     the key or path it concerns (e.g. {@code permalinks.page.posts})
 * @param message what blogsearch did with it
 */
public record ConfigNotice(String file, String key, String message) {

    /** One line for the summary: {@code file: key: message}. */
    public String line() {
        return file + ": " + key + ": " + message;
    }
}
