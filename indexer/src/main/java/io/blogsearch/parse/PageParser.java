package io.blogsearch.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.blogsearch.extract.ContentExtractor;
import io.blogsearch.extract.PageContent;
import io.blogsearch.language.TextLanguageDetector;
import io.blogsearch.model.Page;
import io.blogsearch.model.PageKind;
import io.blogsearch.model.Person;
import io.blogsearch.source.CascadeConfigReader;
import io.blogsearch.source.Site;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Parses one content file into a {@link Page}, in two steps: {@link #prepare} reads the front matter and works out
 * the permalink; {@link #render} expands shortcodes (resolving {@code ref} against every page's permalink),
 * renders Markdown and extracts text, sections, quotes and figures. Thread-safe.
 */
public final class PageParser {

    /** Files above this size are cut ({@link PageCutter}): enough for any real post, bounded for the build. */
    public static final int MAX_PAGE_BYTES = 4 * 1024 * 1024;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Site site;
    private final boolean includeDrafts;
    private final boolean includeExpired;
    private final boolean includeFuture;
    private final Instant now;
    private final PageKinds kinds;
    private final FrontMatterFields fields;
    private final ContentLocator locator;
    private final Set<String> silentShortcodes;
    private final HeadingIdStyle headingIds;
    private final SectionCascades cascades;
    private final boolean alerts;

    /** A parser for the pages of {@code site}; drafts are parsed only when asked; {@code now} decides expiry. */
    public PageParser(Site site, boolean includeDrafts, Instant now) {
        this.site = site;
        this.includeDrafts = includeDrafts || siteFlag(site, "buildDrafts");
        this.includeExpired = siteFlag(site, "buildExpired");
        this.includeFuture = siteFlag(site, "buildFuture");
        this.now = now;
        this.kinds = PageKinds.of(site);
        this.fields = new FrontMatterFields(site);
        this.locator = new ContentLocator(site.languages());
        this.headingIds = HugoHeadingIds.of(site.config());
        this.cascades = SectionCascades.of(site, locator);
        this.silentShortcodes = site.root() == null ? Set.of() : SilentShortcodes.of(site.root(), site.themes());
        this.alerts = site.root() != null && RenderHooks.drawsAlerts(site.root(), site.themes());
    }

    /**
     * What other files decide about each page (section cascades, silent shortcodes, a blockquote render hook), as
     * text that changes when they do, for the incremental build's cache key.
     */
    public String sharedInputs() {
        return new TreeSet<>(silentShortcodes) + "|" + cascades + "|" + alerts;
    }

    /** Where a site file sits in the content tree and language, or null when Hugo does not build it. */
    public ContentPath locate(String path) {
        return locator.locate(path);
    }

    /** Reads the front matter of a file and its permalink; throws when the file must be skipped. */
    public PreparedPage prepare(String path, String contentHash, byte[] bytes) throws PageProblemException {
        List<PageProblemException> problems = new ArrayList<>();
        int length = bytes.length;
        if (length > MAX_PAGE_BYTES) {
            length = PageCutter.cut(bytes, MAX_PAGE_BYTES);
            problems.add(new PageTooLargeException("page is " + bytes.length / 1024 + " KiB (more than "
                    + MAX_PAGE_BYTES / 1024 + " KiB); only the first " + length / 1024 + " KiB are indexed", 0));
        }
        ContentDecoder.Decoded decoded = ContentDecoder.decode(bytes, length);
        if (decoded.problem() != null) {
            problems.add(decoded.problem());
        }
        FrontMatter frontMatter = FrontMatterParser.parse(decoded.text()).withLowerCaseKeys();
        problems.addAll(FrontMatterDates.invalid(frontMatter, decoded.text()));
        ContentPath located = locator.locate(path);
        ContentPath contentPath = located != null ? located : ContentPath.of(path);
        String title = fields.title(frontMatter, contentPath);
        FrontMatterDateRules.Dated dated = fields.dated(frontMatter, contentPath);
        ZonedDateTime written = dated == null ? null : dated.date();
        Instant date = written == null ? null : written.toInstant();
        String lang = language(contentPath, frontMatter);
        String url = Permalinks.of(site, contentPath, title, slug(frontMatter, dated), frontMatter.text("url"),
                written, lang);
        String excluded = located == null ? "not built"
                : notRendered(frontMatter, contentPath) || cascades.notRendered(contentPath, lang) ? "not rendered"
                : null;
        if (frontMatter.flag("draft") && !includeDrafts) {
            excluded = "draft";
        }
        Instant expiry = HugoDates.parse(frontMatter.values().get("expiryDate"));
        if (expiry == null) {
            expiry = HugoDates.parse(frontMatter.values().get("expirydate"));
        }
        if (isExpired(expiry)) {
            excluded = "expired";
        }
        FrontMatterDateRules.Dated published = fields.publishDate(frontMatter, contentPath);
        Instant publish = published == null ? date : published.date().toInstant();
        if (publish != null && publish.isAfter(now) && !includeFuture) {
            excluded = "future"; // Hugo leaves future posts out until their date unless buildFuture is set
        }
        boolean html = path.endsWith(".html") || path.endsWith(".htm");
        if (html && plainHtmlDocument(decoded.text())) {
            excluded = "not a page";
        }
        return new PreparedPage(path, contentHash, contentPath, kinds.kind(contentPath), frontMatter, url, date,
                excluded, html, problems);
    }

    /**
     * Whether Hugo gives the page no page of its own: front matter {@code build.render} never or link (or the older
     * {@code _build}, {@code headless}), or a config {@code cascade} that does so for its path (a section page's
     * front matter {@code cascade} is {@link SectionCascades}).
     */
    private boolean notRendered(FrontMatter frontMatter, ContentPath path) {
        JsonNode values = frontMatter.values();
        if (CascadeConfigReader.notRendered(values.has("build") ? values.get("build") : values.path("_build"))
                || frontMatter.flag("headless")) {
            return true;
        }
        String hugoPath = path.hugoPath();
        return site.unrenderedPaths().stream().anyMatch(glob -> glob.matcher(hugoPath).matches());
    }

    /**
     * Whether an HTML content file is a plain document Hugo copies as it is instead of making it a page: its first
     * character other than white space is a {@code <} that does not open a comment (so it has no front matter), as
     * a Lighthouse report saved beside a docs page.
     */
    private static boolean plainHtmlDocument(String text) {
        String start = text.stripLeading();
        if (start.startsWith("\uFEFF")) {
            start = start.substring(1).stripLeading();
        }
        return start.startsWith("<") && !start.startsWith("<!--");
    }

    /** Whether a page with this {@code expiryDate} (null: none) is left out now, as Hugo leaves it out. */
    public boolean isExpired(Instant expiry) {
        return expiry != null && expiry.isBefore(now) && !includeExpired;
    }

    /** A page's {@code expiryDate} from its front matter, or null. */
    public static Instant expiryDate(Map<String, Object> frontMatter) {
        Object value = frontMatter == null ? null : frontMatter.get("expiryDate");
        if (value == null && frontMatter != null) {
            value = frontMatter.get("expirydate");
        }
        return value == null ? null : HugoDates.parse(value.toString());
    }

    /** The front matter {@code slug}, else the one the file name gives when the date was read from it. */
    private static String slug(FrontMatter frontMatter, FrontMatterDateRules.Dated dated) {
        String slug = frontMatter.text("slug");
        return slug != null || dated == null ? slug : dated.slug();
    }

    /** A boolean of the site config ({@code buildFuture: true}); Hugo's keys are case-insensitive. */
    private static boolean siteFlag(Site site, String key) {
        JsonNode value = site.config() == null ? null : site.config().get(key);
        if (value == null && site.config() != null) {
            value = site.config().get(key.toLowerCase(Locale.ROOT));
        }
        return value != null && (value.asBoolean(false) || "true".equalsIgnoreCase(value.asText()));
    }

    /** Renders a prepared page; {@code refs} resolves {@code ref}/{@code relref} targets. */
    public ParsedPage render(PreparedPage prepared, RefResolver refs) {
        List<PageProblemException> problems = new ArrayList<>(prepared.problems());
        FrontMatter frontMatter = prepared.frontMatter();
        ShortcodeExpander expander = new ShortcodeExpander(target -> refs.resolve(target, prepared.path()),
                silentShortcodes);
        ShortcodeExpander.Result expanded = expander.expand(frontMatter.body(), frontMatter.bodyLine());
        problems.addAll(expanded.problems());
        String html = expanded.substitute(prepared.html() ? expanded.markdown()
                : MarkdownRenderer.render(expanded.markdown(), headingIds, alerts));
        PageContent content = ContentExtractor.extract(html, prepared.url(), site.baseUrl());
        FrontMatterDateRules.Dated dated = fields.dated(frontMatter, prepared.contentPath());
        ZonedDateTime written = dated == null ? null : dated.date();
        String lang = language(prepared.contentPath(), frontMatter);
        List<Person> people = fields.people(frontMatter, lang);
        Page page = new Page(
                prepared.path(),
                prepared.contentHash(),
                prepared.kind(),
                fields.title(frontMatter, prepared.contentPath()),
                fields.description(frontMatter),
                people.stream().map(Person::name).toList(),
                prepared.date(),
                HugoDates.parse(frontMatter.values().get("lastmod")),
                fields.taxonomies(frontMatter, lang),
                prepared.url(),
                fields.list(frontMatter.values().get("aliases")),
                content.body(),
                content.sections(),
                content.quotes(),
                content.figures(),
                List.of(),
                null,
                frontMatterMap(frontMatter.values()),
                language(prepared.contentPath(), frontMatter, content.body()),
                translationKey(prepared.contentPath(), frontMatter),
                people,
                written == null ? null : written.getOffset());
        return new ParsedPage(page, List.copyOf(problems));
    }

    /**
     * The language the site declares for the page: the one its mount, language content folder or file suffix gives
     * it, else front matter {@code lang}, else the site's {@code defaultContentLanguage} (en when unset). It decides
     * the page's URL.
     */
    private String language(ContentPath path, FrontMatter frontMatter) {
        String declared = declaredLanguage(path, frontMatter);
        return declared != null ? declared : site.languages().defaultLanguage();
    }

    /**
     * The page's language for analysis: as {@link #language(ContentPath, FrontMatter)}, except that on a site that
     * declares no languages of its own, a page without {@code lang} whose text is clearly in another language is in
     * that one (see {@link TextLanguageDetector}).
     */
    private String language(ContentPath path, FrontMatter frontMatter, String body) {
        String declared = declaredLanguage(path, frontMatter);
        if (declared != null) {
            return declared;
        }
        String fallback = site.languages().defaultLanguage();
        return site.languages().multilingual() ? fallback : TextLanguageDetector.detect(body, fallback);
    }

    /** The language a mount, folder, file suffix or front matter {@code lang} gives the page, or null. */
    private static String declaredLanguage(ContentPath path, FrontMatter frontMatter) {
        if (path.lang() != null) {
            return path.lang();
        }
        String lang = frontMatter.values().path("lang").asText("");
        return lang.isBlank() ? null : lang.trim().toLowerCase(Locale.ROOT);
    }

    /** What links translations: front matter {@code translationKey}, else the path in the language's tree. */
    private static String translationKey(ContentPath path, FrontMatter frontMatter) {
        String key = frontMatter.text("translationKey", "translationkey");
        return key != null ? key : path.translationPath();
    }

    /** Whether this page kind is a post (for counting). */
    public static boolean isPost(Page page) {
        return page.kind() == PageKind.POST;
    }

    private static Map<String, Object> frontMatterMap(JsonNode values) {
        @SuppressWarnings("unchecked")
        Map<String, Object> map = MAPPER.convertValue(values, LinkedHashMap.class);
        return map == null ? Map.of() : map;
    }
}
