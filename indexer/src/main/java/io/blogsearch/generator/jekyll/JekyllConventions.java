package io.blogsearch.generator.jekyll;

import com.fasterxml.jackson.databind.JsonNode;
import io.blogsearch.generator.DatedName;
import io.blogsearch.generator.FrontMatterValues;
import io.blogsearch.generator.PermalinkPattern;
import io.blogsearch.generator.PostConventions;
import io.blogsearch.model.PageKind;
import io.blogsearch.parse.FrontMatter;
import io.blogsearch.parse.HeadingIdStyle;
import io.blogsearch.parse.HugoDates;
import io.blogsearch.parse.TimeZones;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Jekyll's conventions: files under {@code _posts} (also {@code cat/_posts}) and {@code _drafts} are posts, dated
 * by front matter {@code date}, else by the file name ({@code YYYY-MM-DD-slug}), else (drafts) by the file's
 * modification time; URLs from front matter {@code permalink}, else the posts collection's {@code permalink}, else
 * the site's permalink style or pattern (documents of rendered collections: {@link JekyllCollections}); front matter
 * over the config's {@code defaults} ({@link JekyllDefaults});
 * categories from the folders above {@code _posts} and front matter {@code categories}/{@code category}.
 */
final class JekyllConventions implements PostConventions {

    private final Path root;
    private final JsonNode config;
    private final String baseUrl;
    private final JekyllDefaults defaults;
    private final JekyllCollections collections;
    private final JekyllAuthors authors;
    /** {@code timezone}: Jekyll shows and links every date in it (else the build machine's; UTC here). */
    private final ZoneId zone;

    JekyllConventions(Path root, JsonNode config, String baseUrl, JsonNode authorsData) {
        this.root = root;
        this.authors = new JekyllAuthors(config, authorsData);
        this.config = config;
        this.baseUrl = baseUrl;
        this.zone = TimeZones.orUtc(config.path("timezone").asText(""));
        this.defaults = new JekyllDefaults(config);
        this.collections = new JekyllCollections(config);
    }

    /** The file's front matter over the config's {@code defaults} that apply to it. */
    @Override
    public FrontMatter frontMatter(String path, FrontMatter own) {
        String type = path.startsWith("_drafts/") || path.contains("/_drafts/") ? "drafts" : isPost(path) ? "posts"
                : collections.of(path).map(JekyllCollections.Collection::label).orElse("pages");
        JsonNode values = defaults.apply(path, type, own.values());
        return values == own.values() ? own : new FrontMatter(values, own.body(), own.bodyLine());
    }

    @Override
    public PageKind kind(String path, FrontMatter frontMatter) {
        return isPost(path) ? PageKind.POST : PageKind.PAGE;
    }

    @Override
    public String title(String path, FrontMatter frontMatter) {
        String title = frontMatter.text("title");
        if (title != null) {
            return title;
        }
        // Jekyll titles an untitled post after its slug, capitalised word by word
        String slug = DatedName.of(DatedName.baseName(path)).slug();
        return String.join(" ", Arrays.stream(slug.split("-")).filter(w -> !w.isEmpty())
                .map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1)).toList());
    }

    @Override
    public Instant date(String path, FrontMatter frontMatter) {
        JsonNode written = frontMatter.values().get("date");
        Instant date = HugoDates.parse(written, JekyllDates.zoneOf(written, root.resolve(path), zone));
        if (date != null || !isPost(path)) {
            return date;
        }
        date = DatedName.of(DatedName.baseName(path)).date();
        if (date != null) {
            // the file name's day starts at midnight where the site is
            date = LocalDate.ofInstant(date, ZoneOffset.UTC).atStartOfDay(zone).toInstant();
        }
        if (date == null && path.contains("_drafts/")) {
            try {
                date = Files.getLastModifiedTime(root.resolve(path)).toInstant();
            } catch (IOException e) {
                return null;
            }
        }
        return date;
    }

    @Override
    public ZoneOffset dateOffset(FrontMatter frontMatter, Instant date) {
        return TimeZones.offsetAt(zone, date);
    }

    @Override
    public String url(String path, FrontMatter frontMatter, Instant date) {
        String style = config.path("permalink").asText(null);
        String template = frontMatter.text("permalink");
        boolean post = isPost(path);
        Optional<JekyllCollections.Collection> collection = collections.of(path);
        if (template == null) {
            // the posts collection's own permalink (collections: posts: permalink:) comes before the site's
            String posts = config.path("collections").path("posts").path("permalink").asText(null);
            template = post ? JekyllPermalinks.postTemplate(posts != null ? posts : style)
                    : collection.isPresent() ? JekyllCollections.template(collection.get(), style)
                    : JekyllPermalinks.pageTemplate(style, fileBase(path).equals("index"));
        }
        Map<String, String> values = PermalinkPattern.dateValues(date, zone);
        String slug = frontMatter.text("slug");
        String fileSlug = post ? DatedName.of(fileBase(path)).slug() : fileBase(path);
        values.put("title", JekyllSlugs.pretty(slug != null ? slug : fileSlug));
        values.put("slug", JekyllSlugs.plain(slug != null ? slug : fileSlug));
        values.put("name", JekyllSlugs.plain(fileBase(path)));
        values.put("categories", String.join("/", categories(path, frontMatter).stream()
                .map(c -> c.toLowerCase(Locale.ROOT)).toList()));
        values.put("output_ext", ".html");
        // a document's :path is its place in its collection's folder, without the extension
        values.put("path", collection.isPresent()
                ? withoutExtension(path).substring(collection.get().folder().length() + 1)
                : directory(path));
        collection.ifPresent(c -> values.put("collection", c.label()));
        values.put("basename", fileBase(path));
        String expanded = PermalinkPattern.expand(template, values).replace(" ", "%20");
        return PermalinkPattern.absolute(baseUrl, expanded);
    }

    @Override
    public List<String> authors(FrontMatter frontMatter) {
        List<String> handles = FrontMatterValues.list(frontMatter, List.of("authors", "author"));
        if (handles.isEmpty()) {
            handles = FrontMatterValues.list(config.get("author"));
        }
        return handles.stream().map(authors::name).toList();
    }

    @Override
    public Map<String, List<String>> taxonomies(String path, FrontMatter frontMatter) {
        Map<String, List<String>> taxonomies = new LinkedHashMap<>();
        List<String> tags = words(frontMatter, "tags", "tag");
        if (!tags.isEmpty()) {
            taxonomies.put("tags", tags);
        }
        List<String> categories = categories(path, frontMatter);
        if (!categories.isEmpty()) {
            taxonomies.put("categories", categories);
        }
        return taxonomies;
    }

    @Override
    public String description(FrontMatter frontMatter) {
        return frontMatter.text("description", "excerpt", "summary");
    }

    @Override
    public String excluded(String path, FrontMatter frontMatter, Instant date, boolean drafts, Instant now) {
        // show_drafts and unpublished in the config build what --drafts and --unpublished would
        JsonNode published = frontMatter.values().get("published");
        boolean unpublished = published != null && !published.asBoolean(true) && "false".equals(published.asText());
        if (unpublished && !config.path("unpublished").asBoolean(false)) {
            return "unpublished";
        }
        if (path.contains("_drafts/") && !drafts && !config.path("show_drafts").asBoolean(false)) {
            return "draft";
        }
        boolean future = config.path("future").asBoolean(false);
        if (isPost(path) && date != null && date.isAfter(now) && !future) {
            return "future"; // Jekyll leaves future posts out unless future: true
        }
        return null;
    }

    @Override
    public String markdown(String body) {
        return LiquidStripper.strip(body);
    }

    @Override
    public HeadingIdStyle headingIds() {
        return KramdownHeadingIds::ids;
    }

    /** Folders above {@code _posts} (Jekyll's categories from the path), then the front matter's. */
    private static List<String> categories(String path, FrontMatter frontMatter) {
        List<String> categories = new ArrayList<>();
        int posts = path.indexOf("_posts/");
        if (posts > 0) {
            categories.addAll(Arrays.asList(path.substring(0, posts - 1).split("/")));
        }
        for (String category : words(frontMatter, "categories", "category")) {
            if (!categories.contains(category)) {
                categories.add(category);
            }
        }
        return categories;
    }

    /** A list, or a string of space-separated words as Jekyll reads {@code tags: a b}. */
    private static List<String> words(FrontMatter frontMatter, String plural, String singular) {
        JsonNode node = frontMatter.values().get(plural);
        if (node != null && node.isTextual()) {
            return Arrays.stream(node.asText().trim().split("\\s+")).filter(w -> !w.isEmpty()).toList();
        }
        return FrontMatterValues.list(frontMatter, List.of(plural, singular));
    }

    private static boolean isPost(String path) {
        return path.startsWith("_posts/") || path.contains("/_posts/") || path.startsWith("_drafts/");
    }

    private static String fileBase(String path) {
        return withoutExtension(path.substring(path.lastIndexOf('/') + 1));
    }

    /** The path without its file's extension: {@code _guides/mount.md} is {@code _guides/mount}. */
    private static String withoutExtension(String path) {
        int dot = path.lastIndexOf('.');
        return dot <= path.lastIndexOf('/') ? path : path.substring(0, dot);
    }

    private static String directory(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }
}
