package io.blogsearch.generator.docusaurus;

import com.fasterxml.jackson.databind.JsonNode;
import io.blogsearch.generator.FrontMatterValues;
import io.blogsearch.generator.PostConventions;
import io.blogsearch.model.PageKind;
import io.blogsearch.parse.FrontMatter;
import io.blogsearch.parse.HeadingIdStyle;
import io.blogsearch.parse.HugoDates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Docusaurus blog plugin's conventions: every file of the blog folder is a post, dated by front matter
 * {@code date}, else by a date in its path ({@code 2021-08-26-welcome.md}, {@code 2021/08/26/welcome/index.md}),
 * else by its modification time; published at {@code baseUrl + routeBasePath + slug}, the slug being front matter
 * {@code slug}, else {@code YYYY/MM/DD/name} for a dated file, else its path, with a {@code /} added or taken off as
 * the site's {@code trailingSlash} says; titled by front matter {@code title},
 * else the {@link ContentTitle}, else the name its file gives; authors and tags resolved through
 * {@code authors.yml} and {@code tags.yml}. A translation ({@code i18n/fr/docusaurus-plugin-content-blog/post.md})
 * follows the same rules from its own folder, in its locale's language and under {@code baseUrl + fr/}.
 */
final class DocusaurusConventions implements PostConventions {

    /** The blog plugin's date-in-path rule: the last date of the path, its month and day of one or two digits. */
    private static final Pattern DATED = Pattern.compile(
            "^(?<folder>.*)(?<date>\\d{4}[-/]\\d{1,2}[-/]\\d{1,2})[-/]?(?<text>.*?)(?:/index)?\\.mdx?$");

    private final Layout layout;
    private final JsonNode authorsFile;
    private final JsonNode tagsFile;

    /**
     * Where the blogs' files are and where they are published.
     *
     * @param root          the site folder
     * @param siteUrl       {@code url + baseUrl}, ending in {@code /}
     * @param trailingSlash the site's {@code trailingSlash}, or null
     * @param sources       the blogs and translations a file can be a post of
     */
    record Layout(Path root, String siteUrl, Boolean trailingSlash, BlogSources sources) {
    }

    DocusaurusConventions(Layout layout, JsonNode authorsFile, JsonNode tagsFile) {
        this.layout = layout;
        this.authorsFile = authorsFile;
        this.tagsFile = tagsFile;
    }

    @Override
    public PageKind kind(String path, FrontMatter frontMatter) {
        return PageKind.POST;
    }

    @Override
    public String title(String path, FrontMatter frontMatter) {
        String title = frontMatter.text("title");
        if (title != null) {
            return title;
        }
        String contentTitle = ContentTitle.of(frontMatter.body());
        if (contentTitle != null) {
            return contentTitle;
        }
        Matcher dated = DATED.matcher(relative(path));
        return dated.matches() ? dated.group("text") : text(path);
    }

    @Override
    public Instant date(String path, FrontMatter frontMatter) {
        Instant date = HugoDates.parse(frontMatter.values().get("date"));
        if (date != null) {
            return date;
        }
        Matcher dated = DATED.matcher(relative(path));
        if (dated.matches()) {
            String[] parts = dated.group("date").split("[-/]");
            try {
                return LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]))
                        .atStartOfDay().toInstant(ZoneOffset.UTC);
            } catch (DateTimeException e) {
                return null;
            }
        }
        try {
            return Files.getLastModifiedTime(layout.root().resolve(path)).toInstant();
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public String url(String path, FrontMatter frontMatter, Instant date) {
        String slug = frontMatter.text("slug");
        if (slug == null) {
            Matcher dated = DATED.matcher(relative(path));
            slug = dated.matches() ? dated.group("date").replace('-', '/') + "/" + dated.group("folder")
                    + dated.group("text") : text(path);
        }
        BlogSources.Source source = layout.sources().of(path);
        String locale = source == null ? null : source.locale();
        String route = source == null ? "" : source.blog().routeBasePath();
        String url = layout.siteUrl() + (locale == null ? "" : locale + "/") + (route.isEmpty() ? "" : route + "/")
                + slug.replaceAll("^/+", "").replace(" ", "%20");
        // the site's trailingSlash option rewrites every link; unset, a URL is the slug as written
        if (Boolean.TRUE.equals(layout.trailingSlash()) && !url.endsWith("/")) {
            return url + "/";
        }
        return Boolean.FALSE.equals(layout.trailingSlash()) ? url.replaceAll("/+$", "") : url;
    }

    @Override
    public List<String> authors(FrontMatter frontMatter) {
        List<String> names = new ArrayList<>();
        JsonNode authors = frontMatter.values().get("authors");
        if (authors != null && authors.isArray()) {
            authors.forEach(author -> addAuthor(names, author));
        } else if (authors != null) {
            addAuthor(names, authors);
        }
        if (names.isEmpty()) {
            names.addAll(FrontMatterValues.list(frontMatter, List.of("author")));
        }
        return names;
    }

    @Override
    public Map<String, List<String>> taxonomies(String path, FrontMatter frontMatter) {
        List<String> tags = new ArrayList<>();
        JsonNode node = frontMatter.values().get("tags");
        if (node != null) {
            for (JsonNode tag : node.isArray() ? node : List.of(node)) {
                String label = tag.isObject() ? tag.path("label").asText("")
                        : tagsFile.path(tag.asText()).path("label").asText(tag.asText());
                if (!label.isBlank() && !tags.contains(label.strip())) {
                    tags.add(label.strip());
                }
            }
        }
        Map<String, List<String>> taxonomies = new LinkedHashMap<>();
        if (!tags.isEmpty()) {
            taxonomies.put("tags", tags);
        }
        return taxonomies;
    }

    @Override
    public String excluded(String path, FrontMatter frontMatter, Instant date, boolean drafts, Instant now) {
        if (frontMatter.flag("draft") && !drafts) {
            return "draft";
        }
        // unlisted posts are left out of lists, feeds and search by Docusaurus itself
        return frontMatter.flag("unlisted") ? "unlisted" : null;
    }

    @Override
    public String markdown(String body) {
        return ContentTitle.strip(MdxStripper.strip(body));
    }

    @Override
    public HeadingIdStyle headingIds() {
        return new DocusaurusHeadingIds();
    }

    /** An author as a key of authors.yml, or an inline object with a name. */
    private void addAuthor(List<String> names, JsonNode author) {
        String name = author.isObject() ? author.path("name").asText("")
                : authorsFile.path(author.asText()).path("name").asText(author.asText());
        if (!name.isBlank() && !names.contains(name.strip())) {
            names.add(name.strip());
        }
    }

    @Override
    public String language(String path, FrontMatter frontMatter) {
        return locale(path);
    }

    /** The locale of a translation, or null for a file of a blog folder. */
    private String locale(String path) {
        BlogSources.Source source = layout.sources().of(path);
        return source == null ? null : source.locale();
    }

    /** The file's path in its blog folder, which the slug and the date are read from. */
    private String relative(String path) {
        BlogSources.Source source = layout.sources().of(path);
        return source == null ? path : source.relative();
    }

    /** The file's path in the blog without extension, an index file standing for its folder. */
    private String text(String path) {
        return relative(path).replaceAll("(?:/index)?\\.mdx?$", "");
    }
}
