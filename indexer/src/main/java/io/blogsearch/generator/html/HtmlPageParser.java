package io.blogsearch.generator.html;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.blogsearch.extract.ContentExtractor;
import io.blogsearch.extract.PageContent;
import io.blogsearch.generator.ContentParser;
import io.blogsearch.generator.FrontMatterValues;
import io.blogsearch.model.Page;
import io.blogsearch.model.PageKind;
import io.blogsearch.parse.FrontMatter;
import io.blogsearch.parse.HugoDates;
import io.blogsearch.parse.PageParser;
import io.blogsearch.parse.PageProblemException;
import io.blogsearch.parse.ParsedPage;
import io.blogsearch.parse.PreparedPage;
import io.blogsearch.parse.RefResolver;
import io.blogsearch.source.Site;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Parses one built HTML page: its main content ({@link MainContentFinder}) becomes the body, whose headings with
 * ids are the sections, blockquotes with attribution the quotes and images the figures, as for sources; its
 * metadata ({@link HtmlMetadata}, else the sitemap's {@code lastmod}) the title, date, tags, authors and language.
 * List pages and pages that point elsewhere are left out ({@link ListPages}); a page without text is reported.
 */
final class HtmlPageParser implements ContentParser {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** The metadata key of the offset the page's date is written with (its day as the page shows it). */
    private static final String DATE_OFFSET = "date_offset";

    private final Site site;
    private final PageParser decoder;
    private final Map<String, Instant> lastmod;

    HtmlPageParser(Site site, Map<String, Instant> lastmod, Instant now) {
        this.site = site;
        // Hugo's parser only decodes the bytes here (size limit, binary and encoding checks); HTML has no front matter
        this.decoder = new PageParser(site, true, now);
        this.lastmod = lastmod;
    }

    @Override
    public PreparedPage prepare(String path, String contentHash, byte[] bytes) throws PageProblemException {
        PreparedPage read = decoder.prepare(path, contentHash, bytes);
        String url = BuiltPages.url(site.baseUrl(), path);
        Document document = Jsoup.parse(read.frontMatter().body(), url);
        HeadingPermalinks.remove(document);
        Element main = MainContentFinder.find(document);
        if (main == null || main.text().isBlank()) {
            throw new PageProblemException("no text in the page's main content", 0, true);
        }
        Byline byline = Byline.find(document, main);
        HtmlMetadata metadata = HtmlMetadata.read(document, main, byline);
        Instant date = metadata.published() != null ? metadata.published() : lastmod.get(path);
        PageKind kind = metadata.published() != null || metadata.article() ? PageKind.POST : PageKind.PAGE;
        String excluded = ListPages.reason(path, url, main, metadata);
        FrontMatter frontMatter = new FrontMatter(values(metadata), body(main, metadata, byline, url), 1);
        return new PreparedPage(path, contentHash, read.contentPath(), kind, frontMatter, url, date, excluded, true,
                read.problems());
    }

    @Override
    public ParsedPage render(PreparedPage prepared, RefResolver refs) {
        FrontMatter frontMatter = prepared.frontMatter();
        // in built pages a link starting with / is relative to the host, whatever path the site lives under
        PageContent content = ContentExtractor.extract(frontMatter.body(), prepared.url(), origin(site.baseUrl()));
        Map<String, List<String>> taxonomies = new LinkedHashMap<>();
        for (String taxonomy : List.of("tags", "categories")) {
            List<String> terms = FrontMatterValues.list(frontMatter.values().get(taxonomy));
            if (!terms.isEmpty()) {
                taxonomies.put(taxonomy, terms);
            }
        }
        String lang = frontMatter.text("lang");
        Page page = new Page(prepared.path(), prepared.contentHash(), prepared.kind(), frontMatter.text("title"),
                frontMatter.text("description"), FrontMatterValues.list(frontMatter.values().get("authors")),
                prepared.date(), HugoDates.parse(frontMatter.values().get("lastmod")), taxonomies, prepared.url(),
                List.of(), content.body(), content.sections(), content.quotes(), content.figures(), List.of(), null,
                FrontMatterValues.map(frontMatter), lang == null ? "en" : lang, null, List.of(),
                offset(frontMatter.text(DATE_OFFSET)));
        return new ParsedPage(page, prepared.problems());
    }

    /** The offset a metadata tree names, or null. */
    private static ZoneOffset offset(String id) {
        try {
            return id == null ? null : ZoneOffset.of(id);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** {@code https://host/} of a URL, or {@code /} when it has no host. */
    static String origin(String url) {
        Matcher matcher = Pattern.compile("^([a-zA-Z]+://[^/]+)").matcher(url);
        return matcher.find() ? matcher.group(1) + "/" : "/";
    }

    /** The metadata as a front matter tree, so it travels in the page record like a source page's. */
    private static ObjectNode values(HtmlMetadata metadata) {
        ObjectNode values = MAPPER.createObjectNode();
        values.put("title", metadata.title());
        values.put("description", metadata.description());
        values.put("lastmod", metadata.modified() == null ? null : metadata.modified().toString());
        values.put(DATE_OFFSET, metadata.publishedOffset() == null ? null : metadata.publishedOffset().getId());
        values.put("lang", metadata.lang());
        values.set("tags", MAPPER.valueToTree(metadata.tags()));
        values.set("categories", MAPPER.valueToTree(metadata.categories()));
        values.set("authors", MAPPER.valueToTree(metadata.authors()));
        return values;
    }

    /**
     * The main content without what the layout adds around the text: the title heading, the byline, menus and
     * navigation lists. Changes the page's tree: call it once the metadata is read.
     */
    private static String body(Element main, HtmlMetadata metadata, Byline byline, String url) {
        Element copy = main;
        byline.removeFrom(copy);
        ContentNavigation.remove(copy, url);
        copy.select("nav, [role=navigation], script, style, form").remove();
        Element h1 = copy.selectFirst("h1");
        if (h1 != null && metadata.title() != null && h1.text().strip().equals(metadata.title())) {
            h1.remove();
        }
        copy.select("time").stream().filter(time -> time.parent() == copy).forEach(Element::remove);
        // serialised as written: pretty printing would join the lines of a quote with its attribution line
        Document holder = Document.createShell("");
        holder.outputSettings().prettyPrint(false);
        holder.body().appendChild(copy);
        return copy.html();
    }
}
