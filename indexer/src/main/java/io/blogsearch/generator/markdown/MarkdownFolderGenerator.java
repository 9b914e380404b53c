package io.blogsearch.generator.markdown;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.blogsearch.generator.ContentFiles;
import io.blogsearch.generator.ContentParser;
import io.blogsearch.generator.Generator;
import io.blogsearch.generator.MarkdownPostParser;
import io.blogsearch.generator.SiteRecords;
import io.blogsearch.generator.SourceConfig;
import io.blogsearch.generator.SourceOptions;
import io.blogsearch.source.Site;
import io.blogsearch.source.SiteException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Any Markdown blog: the posts folders, front matter fields and permalink pattern from {@code source:} in
 * {@code blogsearch.yaml}; without one, the folder of dated posts ({@code YYYY-MM-DD-slug.md}) is found and its
 * posts published under {@code /<folder>/:year/:month/:day/:slug/}.
 */
public final class MarkdownFolderGenerator implements Generator {

    /** The name {@code --generator} takes. */
    public static final String NAME = "markdown";
    private static final String MAPPING = "markdownMapping";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean recognises(Path root, SourceOptions options) {
        try {
            return SourceConfig.read(root, options.configFile()).source().has("posts")
                    || DatedPostsFinder.find(root) != null;
        } catch (SiteException e) {
            return false;
        }
    }

    @Override
    public Site read(Path root, SourceOptions options) throws SiteException {
        SourceConfig config = SourceConfig.read(root, options.configFile());
        boolean mapped = config.source().has("posts");
        MarkdownMapping mapping = MarkdownMapping.of(config.source(), mapped ? null : DatedPostsFinder.find(root));
        if (mapping.posts().isEmpty()) {
            throw new SiteException("no posts folder in " + root + ": name it with source.posts in blogsearch.yaml "
                    + "(or --config FILE), or keep posts as YYYY-MM-DD-slug.md in one folder");
        }
        TreeSet<String> files = new TreeSet<>();
        for (String folder : concat(mapping.posts(), mapping.pages())) {
            Path path = root.resolve(folder).normalize();
            if (!Files.isDirectory(path)) {
                throw new SiteException("the mapped folder " + folder + " does not exist under " + root);
            }
            files.addAll(ContentFiles.under(root, path, ContentFiles.MARKDOWN, file -> true));
        }
        ObjectNode tree = JsonNodeFactory.instance.objectNode();
        tree.put("generator", NAME);
        tree.set(MAPPING, mapping.toJson());
        String lang = config.source().path("lang").asText("");
        if (!lang.isBlank()) {
            tree.put("defaultContentLanguage", lang);
        }
        String baseUrl = config.baseUrl() == null ? "/" : config.baseUrl();
        tree.put("baseURL", baseUrl);
        return SiteRecords.of(root, baseUrl.endsWith("/") ? baseUrl : baseUrl + "/", config.source().path("title")
                .asText(null), Map.of("tag", "tags", "category", "categories"), mapping.author(), tree, Map.of(),
                List.copyOf(files));
    }

    @Override
    public ContentParser parser(Site site, boolean drafts, Instant now) {
        MarkdownMapping mapping = MarkdownMapping.fromJson(site.config().get(MAPPING));
        return new MarkdownPostParser(site, new MarkdownFolderConventions(mapping, site.baseUrl()), drafts, now);
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }
}
