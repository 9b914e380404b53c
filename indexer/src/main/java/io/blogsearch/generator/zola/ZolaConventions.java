package io.blogsearch.generator.zola;

import com.fasterxml.jackson.databind.JsonNode;
import io.blogsearch.generator.FrontMatterValues;
import io.blogsearch.generator.PostConventions;
import io.blogsearch.model.PageKind;
import io.blogsearch.parse.FrontMatter;
import io.blogsearch.parse.HeadingIdStyle;
import io.blogsearch.parse.HugoDates;
import io.blogsearch.parse.PageProblemException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Zola's conventions for a content file: a section's {@code _index.md} is a section list; a page is a post when it
 * has a date (front matter {@code date}, else the date its file or bundle name starts with, else a
 * {@code YYYY/MM/DD/} run in its {@code path}), else a plain page. Its URL is front matter {@code path} as written,
 * else its folders, then its slug ({@code slug} or the name, slugified), under {@code /lang/} for another language;
 * authors are {@code authors}, else the {@code authors} taxonomy, else {@code extra.author}, else the config's
 * {@code author}; taxonomies the
 * {@code [taxonomies]} table; drafts, pages of drafted sections and {@code render = false} files are left out.
 */
final class ZolaConventions implements PostConventions {

    /** A date as a run of folders, as blogs that keep dated URLs write {@code path = "2019/11/07/slug"}. */
    private static final Pattern PATH_DATE = Pattern.compile("(?:^|/)(\\d{4})/(\\d{2})/(\\d{2})(?:/|$)");

    private final ZolaConfig config;
    private final String baseUrl;
    private final ZolaAnchors anchors;

    ZolaConventions(ZolaConfig config, String baseUrl) {
        this.config = config;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        this.anchors = new ZolaAnchors(config.anchors());
    }

    @Override
    public PageKind kind(String path, FrontMatter frontMatter) {
        if (file(path).section()) {
            return PageKind.SECTION_LIST;
        }
        return date(path, frontMatter) != null ? PageKind.POST : PageKind.PAGE;
    }

    @Override
    public String title(String path, FrontMatter frontMatter) {
        String title = frontMatter.text("title");
        if (title != null) {
            return title;
        }
        ZolaFile file = file(path);
        if (file.section()) {
            return file.folders().isEmpty() ? (config.title() == null ? "Home" : config.title())
                    : file.folders().get(file.folders().size() - 1);
        }
        return file.slugText().replace('-', ' ').replace('_', ' ');
    }

    @Override
    public Instant date(String path, FrontMatter frontMatter) {
        ZolaFile file = file(path);
        if (file.section()) {
            return null; // sections have no date in Zola
        }
        if (frontMatter.values().has("date")) {
            return HugoDates.parse(frontMatter.values().get("date")); // Zola refuses a date it cannot read
        }
        if (file.nameDate() != null) {
            return file.nameDate();
        }
        String pagePath = frontMatter.text("path");
        Matcher dated = pagePath == null ? null : PATH_DATE.matcher(pagePath);
        if (dated != null && dated.find()) {
            try {
                return LocalDate.parse(dated.group(1) + "-" + dated.group(2) + "-" + dated.group(3))
                        .atStartOfDay().toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                return null; // 2019/02/30 is a folder name, not a day
            }
        }
        return null;
    }

    /** The offset of a front matter date, as Zola's templates show it; null for UTC or a date from a name. */
    @Override
    public ZoneOffset dateOffset(FrontMatter frontMatter, Instant date) {
        ZonedDateTime written = HugoDates.parseZoned(frontMatter.values().get("date"), ZoneOffset.UTC);
        return written == null || written.getOffset().equals(ZoneOffset.UTC) ? null : written.getOffset();
    }

    @Override
    public String url(String path, FrontMatter frontMatter, Instant date) {
        ZolaFile file = file(path);
        String written = file.section() ? null : frontMatter.text("path");
        String urlPath;
        if (written != null) {
            urlPath = written.startsWith("/") ? written.substring(1) : written; // no language prefix, as written
        } else {
            String folders = String.join("/", file.folders());
            if (file.section()) {
                urlPath = folders;
            } else if (file.folders().isEmpty() && file.name().equals("index") && !file.bundle()) {
                urlPath = "";
            } else {
                urlPath = (folders.isEmpty() ? "" : folders + "/") + slug(file, frontMatter);
            }
            if (file.lang() != null) {
                urlPath = urlPath.isEmpty() ? file.lang() : file.lang() + "/" + urlPath;
            }
        }
        if (!urlPath.isEmpty() && !urlPath.endsWith("/")) {
            urlPath += "/";
        }
        return (baseUrl + urlPath).replace(" ", "%20");
    }

    @Override
    public List<String> authors(FrontMatter frontMatter) {
        List<String> authors = FrontMatterValues.list(frontMatter.values().get("authors"));
        if (authors.isEmpty()) { // an authors taxonomy, as Zola's sample config declares one, names them too
            authors = FrontMatterValues.list(frontMatter.values().path("taxonomies").get("authors"));
        }
        if (authors.isEmpty()) {
            authors = FrontMatterValues.list(frontMatter.values().path("extra").get("author"));
        }
        if (authors.isEmpty() && config.author() != null) {
            authors = List.of(config.author());
        }
        return authors;
    }

    @Override
    public Map<String, List<String>> taxonomies(String path, FrontMatter frontMatter) {
        Map<String, List<String>> taxonomies = new LinkedHashMap<>();
        JsonNode table = frontMatter.values().path("taxonomies");
        table.fields().forEachRemaining(entry -> {
            List<String> terms = FrontMatterValues.list(entry.getValue());
            if (!terms.isEmpty()) {
                taxonomies.put(entry.getKey(), terms);
            }
        });
        return taxonomies;
    }

    @Override
    public String description(FrontMatter frontMatter) {
        return frontMatter.text("description");
    }

    @Override
    public String excluded(String path, FrontMatter frontMatter, Instant date, boolean drafts, Instant now) {
        boolean draftedSection = config.draftSections().stream().anyMatch(path::startsWith);
        if ((frontMatter.flag("draft") || draftedSection) && !drafts) {
            return "draft"; // a drafted section leaves out everything under it
        }
        JsonNode render = frontMatter.values().get("render");
        boolean redirect = file(path).section() && frontMatter.text("redirect_to") != null;
        return render != null && render.isBoolean() && !render.asBoolean() || redirect ? "not rendered" : null;
    }

    @Override
    public String markdown(String body) {
        return TeraStripper.strip(body);
    }

    @Override
    public String language(String path, FrontMatter frontMatter) {
        String lang = file(path).lang();
        return lang != null ? lang : config.defaultLanguage();
    }

    @Override
    public HeadingIdStyle headingIds() {
        return anchors;
    }

    @Override
    public List<PageProblemException> problems(String path, FrontMatter frontMatter) {
        ZolaFile file = file(path);
        if (file.section() || frontMatter.text("path") != null || config.paths() != ZolaSlugs.Strategy.ON) {
            return List.of();
        }
        String slug = frontMatter.text("slug");
        String text = slug != null ? slug : file.slugText();
        if (ZolaSlugs.slugify(text) != null) {
            return List.of();
        }
        return List.of(new UncertainSlugException(text));
    }

    /** Front matter {@code slug} or the file's slug text, slugified as the site's {@code slugify.paths} says. */
    private String slug(ZolaFile file, FrontMatter frontMatter) {
        String slug = frontMatter.text("slug");
        return ZolaSlugs.path(slug != null ? slug : file.slugText(), config.paths());
    }

    private ZolaFile file(String path) {
        return ZolaFile.of(path, config);
    }
}
