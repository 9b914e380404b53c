package io.blogsearch.generator.docusaurus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.blogsearch.generator.ContentFiles;
import io.blogsearch.generator.ContentParser;
import io.blogsearch.generator.Generator;
import io.blogsearch.generator.MarkdownPostParser;
import io.blogsearch.generator.SiteRecords;
import io.blogsearch.generator.SourceOptions;
import io.blogsearch.source.Site;
import io.blogsearch.source.SiteException;
import io.blogsearch.source.SiteReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Docusaurus: {@code docusaurus.config.{ts,js,mjs,cjs}} ({@link DocusaurusConfig}) and the blog plugin's
 * folders ({@code blog/} by default, and those of other blog plugin instances) with their Markdown and MDX posts,
 * {@code authors.yml} and {@code tags.yml}. Files and folders starting with {@code _} are left out, as the plugin
 * leaves them out; with the posts translated into the config's other locales
 * ({@code i18n/LOCALE/docusaurus-plugin-content-blog/}).
 */
public final class DocusaurusGenerator implements Generator {

    /** The name {@code --generator} takes. */
    public static final String NAME = "docusaurus";
    private static final List<String> CONFIGS = List.of("docusaurus.config.ts", "docusaurus.config.js",
            "docusaurus.config.mjs", "docusaurus.config.cjs", "docusaurus.config.mts");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean recognises(Path root, SourceOptions options) {
        return config(root) != null;
    }

    @Override
    public Site read(Path root, SourceOptions options) throws SiteException {
        Path file = config(root);
        DocusaurusConfig config;
        try {
            config = file == null ? DocusaurusConfig.parse("") : DocusaurusConfig.parse(Files.readString(file));
        } catch (IOException e) {
            throw new SiteException("cannot read site config " + file + ": " + e.getMessage());
        }
        if (!config.blogEnabled()) {
            throw new SiteException(file + " turns the blog off (blog: false): nothing to index");
        }
        List<BlogInstance> blogs = config.blogs().stream()
                .filter(blog -> Files.isDirectory(root.resolve(blog.path()))).toList();
        if (blogs.isEmpty()) {
            throw new SiteException("no blog folder at " + root.resolve(config.blogPath())
                    + " (the blog plugin's path)");
        }
        ObjectNode tree = JsonNodeFactory.instance.objectNode();
        tree.put("generator", NAME);
        tree.put("baseURL", config.siteUrl());
        if (config.trailingSlash() != null) {
            tree.put("trailingSlash", config.trailingSlash());
        }
        if (config.locale() != null) {
            tree.put("defaultContentLanguage", config.locale());
        }
        ArrayNode blogList = tree.putArray("blogs");
        blogs.forEach(blog -> blogList.addObject().put("id", blog.id()).put("path", blog.path())
                .put("routeBasePath", blog.routeBasePath()));
        config.translations().forEach(tree.putArray("translations")::add);
        BlogSources sources = new BlogSources(blogs, config.translations());
        List<String> files = new ArrayList<>();
        for (BlogInstance blog : blogs) {
            files.addAll(posts(root, blog.path(), sources, blog));
            for (String locale : config.translations()) {
                files.addAll(posts(root, blog.translationFolder(locale), sources, blog));
            }
        }
        return SiteRecords.of(root, config.siteUrl(), config.title(), Map.of("tag", "tags"), null, tree,
                Map.of("authors", merged(root, blogs, BlogInstance::authorsMap),
                        "tags", merged(root, blogs, BlogInstance::tagsFile)),
                List.copyOf(files));
    }

    /**
     * The Markdown and MDX files of a folder of {@code blog}, without those the plugin leaves out ({@code _} names)
     * and those of another blog whose folder is inside this one.
     */
    private static List<String> posts(Path root, String folder, BlogSources sources, BlogInstance blog)
            throws SiteException {
        return ContentFiles.under(root, root.resolve(folder), Set.of("md", "mdx"),
                path -> !path.substring(folder.length()).matches(".*/_[^/]*.*")
                        && sources.of(path) != null && sources.of(path).blog().equals(blog));
    }

    /**
     * A data file of every blog in one, each read from where its options say, relative to its folder: a key of an
     * earlier blog (the default one first) wins.
     */
    private static JsonNode merged(Path root, List<BlogInstance> blogs, Function<BlogInstance, String> file) {
        ObjectNode merged = JsonNodeFactory.instance.objectNode();
        for (BlogInstance blog : blogs) {
            JsonNode data = yaml(root.resolve(blog.path()), file.apply(blog));
            data.fields().forEachRemaining(entry -> {
                if (!merged.has(entry.getKey())) {
                    merged.set(entry.getKey(), entry.getValue());
                }
            });
        }
        return merged;
    }

    @Override
    public ContentParser parser(Site site, boolean drafts, Instant now) {
        JsonNode trailingSlash = site.config().get("trailingSlash");
        List<String> translations = new ArrayList<>();
        site.config().path("translations").forEach(locale -> translations.add(locale.asText()));
        List<BlogInstance> blogs = new ArrayList<>();
        site.config().path("blogs").forEach(blog -> blogs.add(new BlogInstance(blog.path("id").asText(),
                blog.path("path").asText(), blog.path("routeBasePath").asText())));
        DocusaurusConventions.Layout layout = new DocusaurusConventions.Layout(site.root(), site.baseUrl(),
                trailingSlash == null ? null : trailingSlash.asBoolean(),
                new BlogSources(List.copyOf(blogs), List.copyOf(translations)));
        return new MarkdownPostParser(site, new DocusaurusConventions(layout, site.dataFile("authors"),
                site.dataFile("tags")), drafts, now);
    }

    private static Path config(Path root) {
        return CONFIGS.stream().map(root::resolve).filter(Files::isRegularFile).findFirst().orElse(null);
    }

    /** A YAML file of the blog folder, or an empty object; a broken one is reported and left out. */
    private static JsonNode yaml(Path blog, String name) {
        Path file = blog.resolve(name);
        if (Files.isRegularFile(file)) {
            try {
                return SiteReader.parseFile(file);
            } catch (IOException e) {
                System.err.println("warning: ignored " + file + ": " + e.getMessage().lines().findFirst().orElse(""));
            }
        }
        return JsonNodeFactory.instance.objectNode();
    }
}
