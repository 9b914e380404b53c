package io.blogsearch.generator.html;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * A built site's {@code sitemap.xml}: every page URL with its {@code lastmod}, following a sitemap index into the
 * site's own nested sitemaps (as Hugo writes one per language).
 *
 * @param lastmod page URL to its {@code lastmod} (null when the entry has none), in sitemap order
 */
public record Sitemap(Map<String, Instant> lastmod) {

    /** Reads {@code sitemap.xml} at the root; an empty sitemap when there is none or it cannot be read. */
    public static Sitemap read(Path root) {
        Map<String, Instant> entries = new LinkedHashMap<>();
        readInto(root, root.resolve("sitemap.xml"), entries, 0);
        return new Sitemap(entries);
    }

    /** Whether the site has a sitemap listing pages. */
    public boolean present() {
        return !lastmod.isEmpty();
    }

    /** The longest common prefix of the URLs up to a {@code /}: the site's URL when none is given. */
    public String commonPrefix() {
        String prefix = null;
        for (String url : lastmod.keySet()) {
            prefix = prefix == null ? url : common(prefix, url);
        }
        if (prefix == null || !prefix.contains("://")) {
            return null;
        }
        int slash = prefix.lastIndexOf('/');
        return slash < prefix.indexOf("://") + 3 ? prefix + "/" : prefix.substring(0, slash + 1);
    }

    private static void readInto(Path root, Path file, Map<String, Instant> entries, int depth) {
        if (depth > 2 || !Files.isRegularFile(file)) {
            return;
        }
        Document xml;
        try {
            xml = Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8), "", Parser.xmlParser());
        } catch (IOException e) {
            System.err.println("warning: cannot read " + file + ": " + e.getMessage());
            return;
        }
        for (Element url : xml.select("url")) {
            Element loc = url.selectFirst("loc");
            if (loc != null && !loc.text().isBlank()) {
                Element lastmod = url.selectFirst("lastmod");
                entries.put(loc.text().strip(), lastmod == null ? null : HtmlMetadata.firstDate(lastmod.text()));
            }
        }
        for (Element nested : xml.select("sitemap > loc")) {
            // a nested sitemap of this site sits at the same path under the root
            String path = nested.text().strip().replaceFirst("^[a-z]+://[^/]+/", "");
            for (int i = 0; i <= path.split("/").length && !Files.isRegularFile(root.resolve(path)); i++) {
                path = path.contains("/") ? path.substring(path.indexOf('/') + 1) : path;
            }
            readInto(root, root.resolve(path), entries, depth + 1);
        }
    }

    private static String common(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return a.substring(0, i);
    }
}
