package io.blogsearch.generator.html;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.blogsearch.generator.ContentParser;
import io.blogsearch.generator.Generator;
import io.blogsearch.generator.SiteRecords;
import io.blogsearch.generator.SourceOptions;
import io.blogsearch.source.Site;
import io.blogsearch.source.SiteException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Any built site ({@code blogsearch index --html DIR}): the HTML files of the output folder, or, when it has a
 * {@code sitemap.xml}, the HTML files of the pages the sitemap lists (with their {@code lastmod}, by file; feeds and
 * other files it lists are not pages). The site's URL
 * comes from {@code --base-url}, else the sitemap's common prefix.
 */
public final class HtmlGenerator implements Generator {

    /** The name {@code --generator} takes. */
    public static final String NAME = "html";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean recognises(Path root, SourceOptions options) {
        return false; // built output is read only when asked (--html): a source folder may hold HTML files too
    }

    @Override
    public Site read(Path root, SourceOptions options) throws SiteException {
        Sitemap sitemap = Sitemap.read(root);
        String baseUrl = withSlash(options.baseUrl() != null ? options.baseUrl().strip()
                : sitemap.commonPrefix() != null ? sitemap.commonPrefix() : "/");
        List<String> files = sitemap.present() ? listed(root, sitemap, baseUrl) : List.of();
        if (files.isEmpty()) {
            files = htmlFiles(root); // no sitemap, or one whose URLs are not under the site's path
        }
        ObjectNode config = JsonNodeFactory.instance.objectNode();
        config.put("generator", NAME);
        config.put("baseURL", baseUrl);
        ObjectNode lastmod = config.putObject("lastmod");
        sitemap.lastmod().forEach((url, date) -> {
            String file = BuiltPages.file(baseUrl, url);
            if (date != null && file != null) {
                lastmod.put(file, date.toString());
            }
        });
        Map<String, String> taxonomies = Map.of("tag", "tags", "category", "categories");
        return SiteRecords.of(root, baseUrl, null, taxonomies, null, config, Map.of(), files);
    }

    @Override
    public ContentParser parser(Site site, boolean drafts, Instant now) {
        Map<String, Instant> lastmod = new HashMap<>();
        site.config().path("lastmod").fields().forEachRemaining(entry -> lastmod.put(entry.getKey(),
                Instant.parse(entry.getValue().asText())));
        return new HtmlPageParser(site, lastmod, now);
    }

    private static String withSlash(String url) {
        return url.endsWith("/") ? url : url + "/";
    }

    /** The files of the pages the sitemap lists, where they exist. */
    private static List<String> listed(Path root, Sitemap sitemap, String baseUrl) {
        List<String> files = new ArrayList<>();
        for (String url : sitemap.lastmod().keySet()) {
            String file = BuiltPages.file(baseUrl, url);
            if (file != null && BuiltPages.isHtml(file) && Files.isRegularFile(root.resolve(file))
                    && !files.contains(file)) {
                files.add(file);
            }
        }
        files.sort(null);
        return List.copyOf(files);
    }

    private static List<String> htmlFiles(Path root) throws SiteException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .map(file -> root.relativize(file).toString().replace('\\', '/'))
                    .filter(BuiltPages::isHtml)
                    .filter(path -> !path.startsWith(".") && !path.contains("/."))
                    .sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            throw new SiteException("cannot list " + root + ": " + e.getMessage());
        }
    }
}
