package io.blogsearch.generator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.blogsearch.generator.docusaurus.DocusaurusGenerator;
import io.blogsearch.generator.hexo.HexoGenerator;
import io.blogsearch.generator.html.HtmlGenerator;
import io.blogsearch.generator.jekyll.JekyllGenerator;
import io.blogsearch.generator.markdown.MarkdownFolderGenerator;
import io.blogsearch.generator.zola.ZolaGenerator;
import io.blogsearch.source.Site;
import io.blogsearch.source.SiteException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Picks the generator of a site: the one named by {@code --generator} (or {@code source.generator} in
 * {@code blogsearch.yaml}), else the first that recognises the site's files, in the order Docusaurus, Hexo, Jekyll,
 * Zola, Hugo, mapped Markdown folder (the most specific marker files first: Zola's {@code config.toml} and
 * {@code content/} would pass for Hugo's, Hexo's {@code _config.yml} for Jekyll's). Built HTML ({@code html}) is only
 * read when named.
 */
public final class Generators {

    private static final List<Generator> ALL = List.of(new DocusaurusGenerator(), new HexoGenerator(),
            new JekyllGenerator(), new ZolaGenerator(), new HugoGenerator(), new MarkdownFolderGenerator(),
            new HtmlGenerator());

    private Generators() {
    }

    /** A site read by its generator. */
    public record OpenedSite(Generator generator, Site site) {
    }

    /** Reads the site at {@code root} with its generator; the base URL is overridden when the options give one. */
    public static OpenedSite open(Path root, SourceOptions options) throws SiteException {
        Path absolute = root.toAbsolutePath().normalize();
        if (!Files.isDirectory(absolute)) {
            throw new SiteException("site root " + absolute + " is not a directory");
        }
        Generator generator = choose(absolute, options);
        Site site = generator.read(absolute, options);
        return new OpenedSite(generator, options.baseUrl() == null ? site : withBaseUrl(site, options.baseUrl()));
    }

    /** The generator named in the options or the site's config, else the first that recognises the site. */
    public static Generator choose(Path root, SourceOptions options) throws SiteException {
        String name = options.generatorName();
        if (name == null) {
            name = SourceConfig.read(root, options.configFile()).generator();
        }
        if (name != null) {
            return byName(name);
        }
        for (Generator generator : ALL) {
            if (generator.recognises(root, options)) {
                return generator;
            }
        }
        throw new SiteException("cannot tell which generator made " + root + ": no content/ folder (Hugo), "
                + "_config.yml with a hexo package.json, scaffolds/ or source/_posts/ (Hexo), _config.yml or _posts/ "
                + "(Jekyll), docusaurus.config.* (Docusaurus), zola.toml or config.toml "
                + "with base_url (Zola), source: in blogsearch.yaml or folder of dated posts (YYYY-MM-DD-slug.md); "
                + "name one with --generator");
    }

    /** The generator of this name; {@link SiteException} listing the names when there is none. */
    public static Generator byName(String name) throws SiteException {
        for (Generator generator : ALL) {
            if (generator.name().equals(name)) {
                return generator;
            }
        }
        throw new SiteException("unknown generator '" + name + "'; one of "
                + ALL.stream().map(Generator::name).collect(Collectors.joining(", ")));
    }

    /** The site with another base URL (ending in {@code /}), also in its config, so cached pages are redone. */
    public static Site withBaseUrl(Site site, String baseUrl) {
        String url = baseUrl.strip().endsWith("/") ? baseUrl.strip() : baseUrl.strip() + "/";
        ObjectNode config = site.config() instanceof ObjectNode object ? object.deepCopy()
                : JsonNodeFactory.instance.objectNode();
        config.put("baseURL", url);
        return SiteRecords.with(site, url, config);
    }

    /** A text value of a config tree, or null when absent or blank. */
    static String text(JsonNode node, String key) {
        JsonNode value = node == null ? null : node.get(key);
        return value != null && value.isValueNode() && !value.asText().isBlank() ? value.asText().strip() : null;
    }
}
