package io.blogsearch.generator.hexo;

import com.fasterxml.jackson.databind.JsonNode;
import io.blogsearch.generator.PermalinkPattern;
import io.blogsearch.parse.UrlEscaper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where Hexo publishes posts and pages, and the URL it gives them ({@code post.permalink}, {@code page.permalink}).
 *
 * <p>A post's path is its front matter {@code permalink} as written, else the site's {@code permalink} pattern with
 * Hexo's placeholders: {@code :title} the slug ({@link HexoFileName}), {@code :name} its last segment,
 * {@code :post_title} the title slugized in lower case, the date's {@code :year :month :day :i_month :i_day :hour
 * :minute :second :timestamp} (read in the site's {@code timezone}), {@code :hash} (SHA-1 of slug and date),
 * {@code :category} ({@link HexoCategories}), {@code :id}; then any front matter key or value read from the file name
 * ({@code :lang}), then {@code permalink_defaults}; Hexo writes {@code undefined} for a placeholder nothing sets. With
 * {@code post_asset_folder} a path not ending in {@code /} or {@code .html} gets a {@code /}.
 *
 * <p>A page's path is its place under {@code source/} with the extension made {@code .html}, or its front matter
 * {@code permalink} as written ({@code index} added after a {@code /}, {@code .html} when it has no extension).
 *
 * <p>The URL is {@code url} and the path, then {@code pretty_urls}: {@code trailing_index: false} drops a trailing
 * {@code index.html}, {@code trailing_html: false} a trailing {@code .html} (not of {@code index.html}).
 */
final class HexoPermalinks {

    /** A placeholder as Hexo's Permalink finds them: word characters, not ending in {@code _}. */
    static final Pattern PARAM = Pattern.compile(":(\\w*[^_\\W])");
    /** What Hexo writes for a placeholder nothing gives a value. */
    static final String UNDEFINED = "undefined";
    private static final Pattern EXTENSION = Pattern.compile("\\.[^/.]+$");

    private final HexoConfig config;

    HexoPermalinks(HexoConfig config) {
        this.config = config;
    }

    /**
     * A post's path and the placeholders nothing set, for the given slug, date, categories, front matter and values
     * read from the file name.
     */
    Resolved post(String slug, Instant date, HexoCategories categories, JsonNode frontMatter,
                  Map<String, String> fileValues) {
        String written = text(frontMatter.get("permalink"));
        if (written != null) {
            return new Resolved(assetFolder(written.startsWith("/") ? written : "/" + written), Set.of());
        }
        Map<String, String> values = new HashMap<>();
        Map<String, String> dates = PermalinkPattern.dateValues(date, config.zone());
        for (String key : List.of("year", "month", "day", "hour", "minute", "second", "i_month", "i_day")) {
            if (dates.containsKey(key)) {
                values.put(key, dates.get(key));
            }
        }
        values.put("title", slug);
        values.put("name", slug.substring(slug.lastIndexOf('/') + 1));
        String title = text(frontMatter.get("title"));
        values.put("post_title", HexoSlugs.slugize(title == null ? "" : title, 1));
        if (date != null) {
            values.put("timestamp", Long.toString(date.getEpochSecond()));
            values.put("hash", hash(slug, date));
        }
        values.put("category", categories.permalinkValue(config));
        // the post's own fields after Hexo's: front matter, then what its file name set, then the model's defaults
        frontMatter.fields().forEachRemaining(field -> {
            String value = text(field.getValue());
            if (value != null) {
                values.putIfAbsent(field.getKey(), value);
            }
        });
        fileValues.forEach(values::putIfAbsent);
        values.putIfAbsent("slug", slug);
        values.putIfAbsent("layout", "post");
        values.putIfAbsent("comments", "true");
        values.putIfAbsent("published", "true");
        config.permalinkDefaults().forEach(values::putIfAbsent);
        Set<String> unset = new LinkedHashSet<>();
        Matcher param = PARAM.matcher(config.permalink());
        while (param.find()) {
            if (!values.containsKey(param.group(1))) {
                unset.add(param.group(1));
                values.put(param.group(1), UNDEFINED);
            }
        }
        return new Resolved(assetFolder(PermalinkPattern.expand(config.permalink(), PARAM, values)), Set.copyOf(unset));
    }

    /** A page's path from its place under the source folder ({@code about/index.md}) and its front matter. */
    String page(String sourcePath, JsonNode frontMatter) {
        String written = text(frontMatter.get("permalink"));
        if (written == null) {
            return "/" + HexoFileName.withoutExtension(sourcePath) + ".html";
        }
        String path = written.endsWith("/") ? written + "index" : written;
        if (!EXTENSION.matcher(path.substring(path.lastIndexOf('/') + 1)).find()) {
            path += ".html";
        }
        return path.startsWith("/") ? path : "/" + path;
    }

    /** The URL of a path, as {@code full_url_for} makes it under the site's {@code pretty_urls}. */
    String url(String path) {
        String url = config.url() + ("/" + path).replaceAll("/{2,}", "/");
        boolean index = url.endsWith("index.html");
        if (!config.trailingIndex() && index) {
            url = url.substring(0, url.length() - "index.html".length());
        }
        if (!config.trailingHtml() && !index && url.endsWith(".html")) {
            url = url.substring(0, url.length() - ".html".length());
        }
        return UrlEscaper.escape(url);
    }

    /**
     * A post path and the placeholders of the pattern nothing set (written as {@code undefined}).
     *
     * @param path  the path under the site's URL, starting with {@code /}
     * @param unset the placeholder names nothing gave a value
     */
    record Resolved(String path, Set<String> unset) {
    }

    private String assetFolder(String path) {
        return config.postAssetFolder() && !path.endsWith("/") && !path.endsWith(".html") ? path + "/" : path;
    }

    /** {@code :hash}: the first 12 hex digits of SHA-1 over the slug and the date's Unix seconds. */
    private static String hash(String slug, Instant date) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1")
                    .digest((slug + date.getEpochSecond()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-1", e);
        }
    }

    /** A front matter value as JavaScript would print it into a path: text, number, or a list joined by commas. */
    private static String text(JsonNode value) {
        if (value == null || value.isNull() || value.isObject()) {
            return null;
        }
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(item.asText()));
            return String.join(",", items);
        }
        String text = value.asText();
        return text.isEmpty() ? null : text;
    }
}
