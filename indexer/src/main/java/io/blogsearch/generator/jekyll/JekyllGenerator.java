package io.blogsearch.generator.jekyll;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.blogsearch.generator.ContentFiles;
import io.blogsearch.generator.ContentParser;
import io.blogsearch.generator.FrontMatterValues;
import io.blogsearch.generator.Generator;
import io.blogsearch.generator.MarkdownPostParser;
import io.blogsearch.generator.SiteRecords;
import io.blogsearch.generator.SourceOptions;
import io.blogsearch.source.Site;
import io.blogsearch.source.SiteException;
import io.blogsearch.source.SiteReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Jekyll: {@code _config.yml} ({@code url} + {@code baseurl}, {@code permalink}, {@code title}, {@code author},
 * {@code lang}, {@code exclude}), posts in {@code _posts} (and {@code category/_posts}), drafts in
 * {@code _drafts}, Markdown pages with front matter outside {@code _} folders, the documents of collections with
 * {@code output: true}, data files in {@code _data}.
 */
public final class JekyllGenerator implements Generator {

    /** The name {@code --generator} takes. */
    public static final String NAME = "jekyll";
    private static final List<String> CONFIGS = List.of("_config.yml", "_config.yaml", "_config.toml");
    private static final Set<String> PAGE_EXTENSIONS = ContentFiles.MARKDOWN;
    /** A post's file name as Jekyll's {@code DATE_FILENAME_MATCHER} takes it: a day, a title, an extension. */
    private static final Pattern DATED_NAME = Pattern.compile("\\d{2,4}-\\d{1,2}-\\d{1,2}-[^/]*\\.[^.]+");
    private static final Set<String> POST_EXTENSIONS = Set.of("md", "markdown", "mdown", "mkd", "html");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean recognises(Path root, SourceOptions options) {
        return config(root) != null || Files.isDirectory(root.resolve("_posts"));
    }

    @Override
    public Site read(Path root, SourceOptions options) throws SiteException {
        Path file = config(root);
        ObjectNode config = JsonNodeFactory.instance.objectNode();
        if (file != null && SiteReader.parseConfig(file) instanceof ObjectNode object) {
            config = object;
        }
        config.put("generator", NAME);
        String lang = config.path("lang").asText("");
        if (!lang.isBlank()) {
            config.put("defaultContentLanguage", lang);
        }
        List<String> authors = FrontMatterValues.list(config.get("author"));
        return SiteRecords.of(root, baseUrl(config), config.path("title").asText(null),
                Map.of("tag", "tags", "category", "categories"), authors.isEmpty() ? null : authors.get(0),
                config, data(root.resolve("_data")), files(root, excluded(config), new JekyllCollections(config)));
    }

    @Override
    public ContentParser parser(Site site, boolean drafts, Instant now) {
        JekyllConventions conventions = new JekyllConventions(site.root(), site.config(), site.baseUrl(),
                site.dataFile("authors"));
        return new MarkdownPostParser(site, conventions, drafts, now);
    }

    /** {@code url} + {@code baseurl} + {@code /}; a site without {@code url} is served from {@code /baseurl/}. */
    static String baseUrl(JsonNode config) {
        String url = config.path("url").asText("").strip().replaceAll("/+$", "");
        String baseurl = config.path("baseurl").asText("").strip().replaceAll("^/+|/+$", "");
        String joined = url + (baseurl.isEmpty() ? "" : "/" + baseurl) + "/";
        return url.isEmpty() ? "/" + (baseurl.isEmpty() ? "" : baseurl + "/") : joined;
    }

    private static Path config(Path root) {
        return CONFIGS.stream().map(root::resolve).filter(Files::isRegularFile).findFirst().orElse(null);
    }

    private static Set<String> excluded(JsonNode config) {
        return Set.copyOf(FrontMatterValues.list(config.get("exclude")));
    }

    /**
     * Posts, drafts, Markdown pages that start with front matter outside {@code _} folders and exclusions, and the
     * documents with front matter of the collections Jekyll renders ({@link JekyllCollections}).
     */
    private static List<String> files(Path root, Set<String> excluded, JekyllCollections collections)
            throws SiteException {
        List<String> files = new ArrayList<>();
        for (String path : ContentFiles.under(root, root, POST_EXTENSIONS, path -> !isExcluded(path, excluded))) {
            boolean inPosts = path.startsWith("_posts/") || path.contains("/_posts/");
            // Jekyll reads only the dated names of _posts (2020-01-02-title.md); drafts need no date
            boolean post = inPosts && DATED_NAME.matcher(path.substring(path.lastIndexOf('/') + 1)).matches()
                    || path.startsWith("_drafts/");
            boolean underscored = path.startsWith("_") || path.contains("/_");
            boolean page = !underscored && PAGE_EXTENSIONS.contains(extension(path))
                    || collections.of(path).isPresent();
            if (post || !inPosts && page && hasFrontMatter(root.resolve(path))) {
                files.add(path);
            }
        }
        return List.copyOf(files);
    }

    private static boolean isExcluded(String path, Set<String> excluded) {
        for (String pattern : excluded) {
            String clean = pattern.replaceAll("^/+|/+$", "");
            if (path.equals(clean) || path.startsWith(clean + "/")) {
                return true;
            }
        }
        return false;
    }

    /** Jekyll renders only files that open with front matter; a README without it is copied, not a page. */
    private static boolean hasFrontMatter(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(3);
            return start.length == 3 && start[0] == '-' && start[1] == '-' && start[2] == '-';
        } catch (IOException e) {
            return true; // the build reports the unreadable file with its path
        }
    }

    private static String extension(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static Map<String, JsonNode> data(Path dataDir) {
        Map<String, JsonNode> data = new TreeMap<>();
        try {
            for (String path : ContentFiles.under(dataDir, dataDir, Set.of("yml", "yaml", "json", "toml"), p -> true)) {
                try {
                    data.put(path.substring(0, path.lastIndexOf('.')), SiteReader.parseFile(dataDir.resolve(path)));
                } catch (IOException e) {
                    System.err.println("warning: skipped data file _data/" + path + ": " + e.getMessage());
                }
            }
        } catch (SiteException e) {
            System.err.println("warning: " + e.getMessage());
        }
        return data;
    }
}
