package io.blogsearch.generator.hexo;

import com.fasterxml.jackson.databind.JsonNode;
import io.blogsearch.generator.DatedName;
import io.blogsearch.generator.FrontMatterValues;
import io.blogsearch.generator.PostConventions;
import io.blogsearch.model.PageKind;
import io.blogsearch.parse.FrontMatter;
import io.blogsearch.parse.HeadingIdStyle;
import io.blogsearch.parse.HugoDates;
import io.blogsearch.parse.TimeZones;
import io.blogsearch.parse.PageProblemException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hexo's conventions for a source file: files under {@code _posts/} and {@code _drafts/} are posts, the others pages.
 * A post is dated by front matter {@code date} (a date without zone is in the site's {@code timezone}), else by the
 * date its file name gives through {@code new_post_name}, else by the file's creation time; a page only by front
 * matter. URLs are {@link HexoPermalinks}'. Tags and categories come from front matter only, never from folders (a
 * page's are not on Hexo's tag pages, but its theme shows them, as {@code open_graph} does); authors are front
 * matter {@code author}, else the config's. Drafts and {@code published: false} posts are left out unless drafts
 * are asked for or {@code render_drafts} is on, and with {@code future: false} whatever is dated after now. A page's
 * language is front matter {@code lang} (or {@code language}), else what the file name gave ({@code :lang} in
 * {@code new_post_name}), else its first folder when the theme has translations for that language (Hexo's
 * {@code i18n_dir} rule), else the site's.
 */
final class HexoConventions implements PostConventions {

    private final Path root;
    private final HexoConfig config;
    private final HexoPermalinks permalinks;
    private final HexoAnchors anchors;

    HexoConventions(Path root, HexoConfig config) {
        this.root = root;
        this.config = config;
        this.permalinks = new HexoPermalinks(config);
        this.anchors = new HexoAnchors(config.anchors());
    }

    @Override
    public PageKind kind(String path, FrontMatter frontMatter) {
        return file(path).post() ? PageKind.POST : PageKind.PAGE;
    }

    @Override
    public String title(String path, FrontMatter frontMatter) {
        String title = frontMatter.text("title");
        if (title != null) {
            return title;
        }
        HexoFile file = file(path);
        // Hexo leaves the title empty (or the slug, with use_slug_as_post_title); an empty title finds nothing
        return file.post() ? slug(file).replace('-', ' ') : DatedName.baseName(file.inSource());
    }

    @Override
    public ZoneOffset dateOffset(FrontMatter frontMatter, Instant date) {
        return TimeZones.offsetAt(config.zone(), date);
    }

    @Override
    public Instant date(String path, FrontMatter frontMatter) {
        JsonNode written = frontMatter.values().get("date");
        Instant date = HugoDates.parse(written, config.zone());
        HexoFile file = file(path);
        if (date != null || !file.post()) {
            return date;
        }
        Map<String, String> name = fileName(file).values();
        String year = name.get("year");
        String month = name.getOrDefault("month", name.get("i_month"));
        String day = name.getOrDefault("day", name.get("i_day"));
        if (year != null && month != null && day != null) {
            try {
                return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day))
                        .atStartOfDay(config.zone()).toInstant();
            } catch (DateTimeException e) {
                return created(path); // 2021-02-30 names no day
            }
        }
        return created(path);
    }

    @Override
    public String url(String path, FrontMatter frontMatter, Instant date) {
        HexoFile file = file(path);
        if (!file.post()) {
            return permalinks.url(permalinks.page(file.inSource(), frontMatter.values()));
        }
        return permalinks.url(resolved(file, frontMatter, date).path());
    }

    /** Front matter {@code updated}, a date without zone in the site's {@code timezone}. */
    @Override
    public Instant lastmod(FrontMatter frontMatter) {
        return HugoDates.parse(frontMatter.values().get("updated"), config.zone());
    }

    @Override
    public List<String> authors(FrontMatter frontMatter) {
        List<String> authors = FrontMatterValues.list(frontMatter, List.of("author", "authors"));
        return authors.isEmpty() && config.author() != null ? List.of(config.author()) : authors;
    }

    @Override
    public Map<String, List<String>> taxonomies(String path, FrontMatter frontMatter) {
        Map<String, List<String>> taxonomies = new LinkedHashMap<>();
        JsonNode values = frontMatter.values();
        List<String> tags = FrontMatterValues.list(values.has("tags") ? values.get("tags") : values.get("tag"));
        if (!tags.isEmpty()) {
            taxonomies.put("tags", tags);
        }
        List<String> categories = HexoCategories.of(values).names();
        if (!categories.isEmpty()) {
            taxonomies.put("categories", categories);
        }
        return taxonomies;
    }

    @Override
    public String description(FrontMatter frontMatter) {
        return frontMatter.text("description");
    }

    @Override
    public String excluded(String path, FrontMatter frontMatter, Instant date, boolean drafts, Instant now) {
        HexoFile file = file(path);
        JsonNode published = frontMatter.values().get("published");
        boolean unpublished = file.draft() || file.post() && published != null && !published.asBoolean(true)
                && published.isBoolean();
        if (unpublished && !drafts && !config.renderDrafts()) {
            return "draft";
        }
        return !config.future() && date != null && date.isAfter(now) ? "future" : null;
    }

    @Override
    public String markdown(String body) {
        return HexoTagStripper.strip(body);
    }

    @Override
    public String language(String path, FrontMatter frontMatter) {
        String lang = frontMatter.text("lang", "language");
        if (lang != null) {
            return lang;
        }
        HexoFile file = file(path);
        if (file.post() && fileName(file).values().containsKey("lang")) {
            return fileName(file).values().get("lang");
        }
        String outputPath = file.post() ? resolved(file, frontMatter, date(path, frontMatter)).path()
                : permalinks.page(file.inSource(), frontMatter.values());
        return config.i18nLanguage(outputPath);
    }

    @Override
    public HeadingIdStyle headingIds() {
        return anchors;
    }

    @Override
    public List<PageProblemException> problems(String path, FrontMatter frontMatter) {
        HexoFile file = file(path);
        if (!file.post()) {
            return List.of();
        }
        HexoPermalinks.Resolved resolved = resolved(file, frontMatter, date(path, frontMatter));
        return resolved.unset().isEmpty() ? List.of() : List.of(new UnsetPlaceholderException(resolved.unset()));
    }

    private HexoPermalinks.Resolved resolved(HexoFile file, FrontMatter frontMatter, Instant date) {
        HexoFileName name = fileName(file);
        return permalinks.post(name.slug(), date, HexoCategories.of(frontMatter.values()), frontMatter.values(),
                name.values());
    }

    private String slug(HexoFile file) {
        return fileName(file).slug();
    }

    private HexoFileName fileName(HexoFile file) {
        return HexoFileName.of(config.newPostName(), file.inPosts());
    }

    private HexoFile file(String path) {
        return HexoFile.of(path, config.sourceDir());
    }

    /** The file's creation time, as Hexo dates a post without a date (its modification time where none is kept). */
    private Instant created(String path) {
        try {
            return Files.readAttributes(root.resolve(path), BasicFileAttributes.class).creationTime().toInstant();
        } catch (IOException e) {
            return null;
        }
    }
}
