package io.blogsearch.knowledge;

import io.blogsearch.model.Page;
import io.blogsearch.model.PageKind;
import io.blogsearch.model.Quote;
import io.blogsearch.model.Section;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Small parsed pages for knowledge tests. */
public final class TestPages {

    private TestPages() {
    }

    /** A post with a title, tags, front matter, sections and quotes. */
    public static Page post(String path, String title, List<String> tags, Map<String, Object> frontMatter,
                            List<Section> sections, List<Quote> quotes) {
        String slug = path.replaceAll("^.*/", "").replace(".md", "").toLowerCase(Locale.ROOT);
        return new Page(path, "hash", PageKind.POST, title, null, List.of("Author"), null, null,
                Map.of("tags", tags), "https://blog.example.org/post/" + slug + "/", List.of(), "body",
                sections, quotes, List.of(), List.of(), null, frontMatter, "en");
    }

    /** A post with just a title and tags. */
    public static Page post(String path, String title, List<String> tags) {
        return post(path, title, tags, Map.of(), List.of(), List.of());
    }

    /** A section with a heading at a level, anchor derived from the heading. */
    public static Section section(int level, String heading) {
        String anchor = heading.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
        return new Section(heading, level, anchor, "text of " + heading, null);
    }
}
