package io.blogsearch.generator.hexo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Tells a Hexo site from a Jekyll one: both have {@code _config.yml}. A site is Hexo's when its {@code package.json}
 * depends on {@code hexo}, or when it has Hexo's {@code scaffolds/} folder or posts under {@code source/_posts/}
 * (the config's {@code source_dir}) and none of Jekyll's own signs: a {@code Gemfile}, {@code _posts/} or
 * {@code _layouts/} at the top, a {@code source:} key in the config (Octopress, a Jekyll site, keeps its posts in
 * {@code source/_posts/} too).
 */
final class HexoSiteMarkers {

    private static final List<String> JEKYLL_FILES = List.of("Gemfile", "_posts", "_layouts");
    private static final ObjectMapper JSON = new ObjectMapper();

    private HexoSiteMarkers() {
    }

    /** Whether the site with this root and parsed {@code _config.yml} is a Hexo site. */
    static boolean isHexo(Path root, JsonNode config) {
        if (dependsOnHexo(root.resolve("package.json"))) {
            return true;
        }
        boolean jekyll = config.has("source")
                || JEKYLL_FILES.stream().anyMatch(name -> Files.exists(root.resolve(name)));
        String sourceDir = config.path("source_dir").asText("source").strip();
        return !jekyll && (Files.isDirectory(root.resolve("scaffolds"))
                || Files.isDirectory(root.resolve(sourceDir.isEmpty() ? "source" : sourceDir).resolve("_posts")));
    }

    private static boolean dependsOnHexo(Path packageJson) {
        if (!Files.isRegularFile(packageJson)) {
            return false;
        }
        try {
            JsonNode tree = JSON.readTree(packageJson.toFile());
            return tree.path("dependencies").has("hexo") || tree.path("devDependencies").has("hexo");
        } catch (IOException e) {
            return false; // not JSON: no evidence either way
        }
    }
}
