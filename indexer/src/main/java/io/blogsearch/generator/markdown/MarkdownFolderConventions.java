package io.blogsearch.generator.markdown;

import io.blogsearch.generator.DatedName;
import io.blogsearch.generator.FrontMatterValues;
import io.blogsearch.generator.PermalinkPattern;
import io.blogsearch.generator.PostConventions;
import io.blogsearch.model.PageKind;
import io.blogsearch.parse.FrontMatter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A mapped Markdown folder's conventions: files in the posts folders are posts, the rest pages; the date from the
 * mapped front matter field, else the file name; the URL from the front matter {@code permalink}, else the
 * mapping's pattern with the date and slug taken from the file name (the front matter date and {@code slug} when
 * the name has none).
 */
final class MarkdownFolderConventions implements PostConventions {

    private final MarkdownMapping mapping;
    private final String baseUrl;

    MarkdownFolderConventions(MarkdownMapping mapping, String baseUrl) {
        this.mapping = mapping;
        this.baseUrl = baseUrl;
    }

    @Override
    public PageKind kind(String path, FrontMatter frontMatter) {
        return postsFolder(path) != null ? PageKind.POST : PageKind.PAGE;
    }

    @Override
    public String title(String path, FrontMatter frontMatter) {
        String title = FrontMatterValues.text(frontMatter, mapping.keys("title"));
        return title != null ? title : DatedName.of(DatedName.baseName(path)).slug().replace('-', ' ');
    }

    @Override
    public Instant date(String path, FrontMatter frontMatter) {
        Instant date = FrontMatterValues.date(frontMatter, mapping.keys("date"));
        return date != null ? date : DatedName.of(DatedName.baseName(path)).date();
    }

    @Override
    public String url(String path, FrontMatter frontMatter, Instant date) {
        String fixed = frontMatter.text("permalink");
        if (fixed != null) {
            return fixed.startsWith("http://") || fixed.startsWith("https://") ? fixed
                    : PermalinkPattern.absolute(baseUrl, fixed);
        }
        DatedName name = DatedName.of(DatedName.baseName(path));
        Map<String, String> values = PermalinkPattern.dateValues(name.date() != null ? name.date() : date);
        String slug = frontMatter.text("slug");
        values.put("slug", slug != null ? slug : name.slug());
        values.put("title", slug != null ? slug : name.slug());
        values.put("categories", String.join("/", taxonomy(frontMatter, "categories").stream()
                .map(c -> c.toLowerCase(Locale.ROOT).replace(' ', '-')).toList()));
        values.put("path", relativePath(path));
        values.put("basename", name.slug());
        boolean post = postsFolder(path) != null;
        String pattern = post ? mapping.permalink() : mapping.pagePermalink();
        if (post && values.get("year") == null) {
            pattern = "/" + postsFolder(path) + "/:slug/"; // an undated post cannot fill the date placeholders
        }
        return PermalinkPattern.absolute(baseUrl, PermalinkPattern.expand(pattern, values));
    }

    @Override
    public List<String> authors(FrontMatter frontMatter) {
        List<String> authors = FrontMatterValues.list(frontMatter, mapping.keys("author"));
        return authors.isEmpty() && mapping.author() != null ? List.of(mapping.author()) : authors;
    }

    @Override
    public Map<String, List<String>> taxonomies(String path, FrontMatter frontMatter) {
        Map<String, List<String>> taxonomies = new LinkedHashMap<>();
        for (String taxonomy : List.of("tags", "categories")) {
            List<String> terms = taxonomy(frontMatter, taxonomy);
            if (!terms.isEmpty()) {
                taxonomies.put(taxonomy, terms);
            }
        }
        return taxonomies;
    }

    @Override
    public String description(FrontMatter frontMatter) {
        return FrontMatterValues.text(frontMatter, mapping.keys("description"));
    }

    @Override
    public String excluded(String path, FrontMatter frontMatter, Instant date, boolean drafts, Instant now) {
        boolean draft = mapping.keys("draft").stream().anyMatch(frontMatter::flag);
        return draft && !drafts ? "draft" : null;
    }

    private List<String> taxonomy(FrontMatter frontMatter, String role) {
        return FrontMatterValues.list(frontMatter, mapping.keys(role));
    }

    private String postsFolder(String path) {
        return mapping.posts().stream().filter(folder -> folder.isEmpty() || path.startsWith(folder + "/"))
                .findFirst().orElse(null);
    }

    /** The path without extension ({@code docs/setup.md} is {@code docs/setup}; an index file is its folder). */
    private static String relativePath(String path) {
        String withoutExtension = path.contains(".") ? path.substring(0, path.lastIndexOf('.')) : path;
        return withoutExtension.endsWith("/index") ? withoutExtension.substring(0, withoutExtension.length() - 6)
                : withoutExtension.equals("index") ? "" : withoutExtension;
    }
}
