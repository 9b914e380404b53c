package io.blogsearch.parse;

import io.blogsearch.model.PageKind;
import java.time.Instant;
import java.util.List;

/**
 * A content file after its front matter is read and its permalink known, before its body is rendered; the
 * permalinks of all prepared pages let {@code ref} shortcodes resolve while rendering.
 *
 * @param path        path relative to the site root
 * @param contentHash SHA-256 of the file, hex
 * @param contentPath where the file sits
 * @param kind        post, page or section list
 * @param frontMatter the front matter and the body
 * @param url         the permalink
 * @param date        the publication date, may be null
 * @param excluded    why the page is not indexed (draft, expired), or null when it is
 * @param html        true for HTML content files, whose body is not Markdown
 * @param problems    problems found so far (the page is still indexed)
 */
public record PreparedPage(String path, String contentHash, ContentPath contentPath, PageKind kind,
                           FrontMatter frontMatter, String url, Instant date, String excluded, boolean html,
                           List<PageProblemException> problems) {
}
