package io.blogsearch.generator.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.blogsearch.parse.HugoDates;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a built page says about itself in its markup: Open Graph and article meta tags, JSON-LD
 * ({@code headline}, {@code datePublished}, {@code dateModified}, {@code keywords}, {@code author}), its
 * {@link Byline} (its own {@code <time datetime>}, links to term pages), {@code rel="tag"} and {@code rel="author"}
 * links, {@code <html lang>}, the canonical link and the robots meta tag.
 *
 * @param title       the page title, or null
 * @param description the description, or null
 * @param published   the publication date, or null
 * @param publishedOffset the offset the publication date is written with, or null for UTC (or none)
 * @param modified    the last modification date, or null
 * @param tags        tags, in page order, without repeats
 * @param categories  categories, in page order, without repeats
 * @param authors     author names
 * @param lang        the language code, lower case, or null
 * @param canonical   the canonical URL, absolute, or null
 * @param noindex     true when a robots meta tag says {@code noindex}
 * @param article     true when the page declares itself an article (Open Graph or JSON-LD type)
 */
public record HtmlMetadata(String title, String description, Instant published, ZoneOffset publishedOffset,
                           Instant modified, List<String> tags, List<String> categories, List<String> authors,
                           String lang, String canonical, boolean noindex, boolean article) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Reads the metadata of a page whose main content is {@code main}; the byline holds its own date and terms. */
    static HtmlMetadata read(Document document, Element main, Byline byline) {
        List<JsonNode> jsonLd = jsonLd(document);
        String title = first(meta(document, "og:title"), text(jsonLd, "headline"), h1(main), document.title());
        ZonedDateTime published = firstZonedDate(meta(document, "article:published_time"),
                text(jsonLd, "datePublished"), byline.date() == null ? null : byline.date().attr("datetime"));
        List<String> tags = new ArrayList<>();
        document.select("meta[property=article:tag]").forEach(m -> add(tags, m.attr("content")));
        document.select("a[rel~=(?i)\\btag\\b]").forEach(a -> add(tags, a.text()));
        jsonLd.forEach(node -> keywords(node.get("keywords")).forEach(k -> add(tags, k)));
        byline.terms("tags").forEach(a -> add(tags, a.text()));
        List<String> categories = new ArrayList<>();
        byline.terms("categories").forEach(a -> add(categories, a.text()));
        List<String> authors = new ArrayList<>();
        add(authors, meta(document, "author"));
        add(authors, meta(document, "article:author"));
        jsonLd.forEach(node -> names(node.get("author")).forEach(name -> add(authors, name)));
        if (authors.isEmpty()) {
            document.select("a[rel~=(?i)\\bauthor\\b]").forEach(a -> add(authors, a.text()));
        }
        String robots = meta(document, "robots");
        String type = first(meta(document, "og:type"), text(jsonLd, "@type"));
        return new HtmlMetadata(title, first(meta(document, "description"), meta(document, "og:description")),
                published == null ? null : published.toInstant(), offset(published),
                firstDate(meta(document, "article:modified_time"), text(jsonLd, "dateModified")),
                List.copyOf(tags), List.copyOf(categories), List.copyOf(authors), lang(document), canonical(document),
                robots != null && robots.toLowerCase(Locale.ROOT).contains("noindex"),
                type != null && type.toLowerCase(Locale.ROOT).matches(".*(article|posting|blog).*"));
    }

    private static String meta(Document document, String name) {
        Element meta = document.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
        return meta == null || meta.attr("content").isBlank() ? null : meta.attr("content").strip();
    }

    private static String h1(Element main) {
        Element h1 = main == null ? null : main.selectFirst("h1");
        return h1 == null || h1.text().isBlank() ? null : h1.text().strip();
    }

    private static String lang(Document document) {
        String lang = document.selectFirst("html") == null ? "" : document.selectFirst("html").attr("lang");
        return lang.isBlank() ? null : lang.strip().replace('_', '-').toLowerCase(Locale.ROOT);
    }

    private static String canonical(Document document) {
        Element link = document.selectFirst("link[rel=canonical][href]");
        return link == null ? null : link.absUrl("href").isEmpty() ? link.attr("href") : link.absUrl("href");
    }

    /** JSON-LD objects of the page, the members of an {@code @graph} included; broken blocks are ignored. */
    private static List<JsonNode> jsonLd(Document document) {
        List<JsonNode> nodes = new ArrayList<>();
        for (Element script : document.select("script[type=application/ld+json]")) {
            try {
                JsonNode node = JSON.readTree(script.data());
                for (JsonNode item : node.isArray() ? node : List.of(node)) {
                    nodes.add(item);
                    item.path("@graph").forEach(nodes::add);
                }
            } catch (Exception e) {
                // a page's broken JSON-LD must not cost its text; its other metadata still counts
            }
        }
        return nodes;
    }

    private static String text(List<JsonNode> nodes, String key) {
        for (JsonNode node : nodes) {
            JsonNode value = node.get(key);
            if (value != null && value.isValueNode() && !value.asText().isBlank()) {
                return value.asText().strip();
            }
        }
        return null;
    }

    private static List<String> keywords(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(item -> values.add(item.asText()));
        } else if (node != null && node.isTextual()) {
            values.addAll(List.of(node.asText().split(",")));
        }
        return values;
    }

    private static List<String> names(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node == null) {
            return values;
        }
        for (JsonNode item : node.isArray() ? node : List.of(node)) {
            values.add(item.isObject() ? item.path("name").asText("") : item.asText(""));
        }
        return values;
    }

    private static void add(List<String> values, String value) {
        if (value != null && !value.isBlank() && !values.contains(value.strip())) {
            values.add(value.strip());
        }
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    /** The first value that reads as a date: RFC 3339 or the forms front matter uses. */
    static Instant firstDate(String... values) {
        ZonedDateTime date = firstZonedDate(values);
        return date == null ? null : date.toInstant();
    }

    /** As {@link #firstDate}, in the offset the date is written with (UTC when it has none). */
    private static ZonedDateTime firstZonedDate(String... values) {
        for (String value : values) {
            if (value == null || value.isBlank()) {
                continue;
            }
            ZonedDateTime date = HugoDates.parseZoned(value.strip(), ZoneOffset.UTC);
            if (date == null) {
                try {
                    date = OffsetDateTime.parse(value.strip()).toZonedDateTime();
                } catch (DateTimeParseException e) {
                    continue;
                }
            }
            return date;
        }
        return null;
    }

    /** The offset a page shows its date in: the written one; null for UTC or no date. */
    private static ZoneOffset offset(ZonedDateTime date) {
        return date == null || date.getOffset().equals(ZoneOffset.UTC) ? null : date.getOffset();
    }
}
