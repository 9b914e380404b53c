package io.blogsearch.generator.hexo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Hexo: {@code _config.yml} ({@link HexoConfig}) with Hexo's own markers ({@link HexoSiteMarkers}), the posts of
 * {@code source/_posts} and {@code source/_drafts} and the pages of the rest of the source folder
 * ({@link HexoSources}). Conventions in {@link HexoConventions}.
 */
public final class HexoGenerator implements Generator {

    /** The name {@code --generator} takes. */
    public static final String NAME = "hexo";
    private static final List<String> CONFIGS = List.of("_config.yml", "_config.yaml");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean recognises(Path root, SourceOptions options) {
        Path file = config(root);
        if (file == null) {
            return false;
        }
        try {
            JsonNode tree = SiteReader.parseFile(file);
            return tree != null && tree.isObject() && HexoSiteMarkers.isHexo(root, tree);
        } catch (IOException e) {
            return false; // not YAML this reader takes: the next generator may take the site
        }
    }

    @Override
    public Site read(Path root, SourceOptions options) throws SiteException {
        Path file = config(root);
        if (file == null) {
            throw new SiteException("no _config.yml in " + root);
        }
        if (!(SiteReader.parseConfig(file) instanceof ObjectNode tree)) {
            throw new SiteException(file + " is not a map of settings");
        }
        // in the config tree, so that a theme gaining a language re-parses the cached pages
        ArrayNode languages = tree.putArray(HexoConfig.THEME_LANGUAGES);
        themeLanguages(root, tree).forEach(languages::add);
        HexoConfig config = HexoConfig.of(tree);
        warnAboutZone(tree);
        List<String> files = new HexoSources(config).list(root);
        tree.put("generator", NAME);
        tree.put("defaultContentLanguage", config.defaultLanguage());
        return SiteRecords.of(root, config.url() + "/", config.title(), Map.of("tag", "tags", "category",
                "categories"), config.author(), tree, Map.of(), files);
    }

    @Override
    public ContentParser parser(Site site, boolean drafts, Instant now) {
        return new MarkdownPostParser(site, new HexoConventions(site.root(), HexoConfig.of(site.config())), drafts,
                now);
    }

    private static Path config(Path root) {
        return CONFIGS.stream().map(root::resolve).filter(Files::isRegularFile).findFirst().orElse(null);
    }

    /**
     * The languages the site's theme has translations for: the names of {@code languages/*.yml} in
     * {@code themes/THEME/}, else in {@code node_modules/hexo-theme-THEME/}, where Hexo looks for the theme.
     */
    private static List<String> themeLanguages(Path root, JsonNode tree) {
        String theme = tree.path("theme").asText("").strip();
        if (theme.isEmpty()) {
            return List.of();
        }
        for (Path folder : List.of(root.resolve("themes").resolve(theme),
                root.resolve("node_modules").resolve("hexo-theme-" + theme))) {
            Path languages = folder.resolve("languages");
            if (Files.isDirectory(languages)) {
                try (Stream<Path> files = Files.list(languages)) {
                    return List.copyOf(files.map(path -> path.getFileName().toString())
                            .filter(name -> name.matches("[^.].*\\.(ya?ml|json)"))
                            .map(name -> name.substring(0, name.lastIndexOf('.')))
                            .filter(name -> !name.equals("default"))
                            .collect(TreeSet::new, TreeSet::add, TreeSet::addAll));
                } catch (IOException e) {
                    System.err.println("warning: cannot list " + languages + ": " + e.getMessage());
                }
            }
            if (Files.isDirectory(folder)) {
                return List.of(); // Hexo takes the theme from themes/ first
            }
        }
        return List.of();
    }

    private static void warnAboutZone(JsonNode tree) {
        String zone = tree.path("timezone").asText("").strip();
        if (!zone.isEmpty()) {
            try {
                ZoneId.of(zone);
            } catch (DateTimeException e) {
                System.err.println("warning: _config.yml timezone '" + zone + "' is not a known zone; dates without "
                        + "a zone are read as UTC");
            }
        }
    }
}
