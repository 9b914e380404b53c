package io.blogsearch.source;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The folders of a site's themes, in the order Hugo looks templates and data up in them: the config's {@code theme}
 * (a name, a comma-separated list or a list) and {@code module.imports}, each found through a
 * {@code module.replacements} entry or the site's {@code go.mod} {@code replace} directive to a local folder, else
 * under {@code themesDir} (default {@code themes/}), and then the themes those themes' own configs name. A theme's
 * example site, run as its README says with {@code --themesDir ../..}, has its theme in the folder above it (the one
 * with {@code theme.toml} and {@code layouts/}): that folder is the theme when the named one is found nowhere else.
 */
final class ThemeFolders {

    private static final List<String> CONFIG_FILES = List.of("hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json",
            "config.toml", "config.yaml", "config.yml", "config.json");
    private static final Pattern REPLACE = Pattern.compile("^\\s*(?:replace\\s+)?(\\S+)(?:\\s+\\S+)?\\s*=>\\s*(\\S+)");
    /** Themes naming themes: deep enough for any real component chain, bounded against a loop. */
    private static final int MAX_DEPTH = 8;

    private final Path root;
    private final Path themesDir;
    private final Map<String, Path> replacements;
    private final List<ConfigNotice> notices;
    private final Set<Path> found = new LinkedHashSet<>();

    private ThemeFolders(Path root, JsonNode config, List<ConfigNotice> notices) {
        this.root = root;
        String dir = text(config, "themesdir");
        this.themesDir = root.resolve(dir == null ? "themes" : dir).normalize();
        this.replacements = replacements(root, config);
        this.notices = notices;
    }

    /** The theme folders of the site at {@code root} with this merged (lower-case keyed) config; missing ones noted. */
    static List<Path> of(Path root, JsonNode config, ConfigOrigins origins, List<ConfigNotice> notices) {
        ThemeFolders folders = new ThemeFolders(root, config, notices);
        folders.add(config, origins.of("theme"), origins.of("module"), 0);
        return List.copyOf(folders.found);
    }

    private void add(JsonNode config, String themeFile, String moduleFile, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        List<Path> named = new ArrayList<>();
        for (String name : themeNames(config.get("theme"))) {
            locate(name, themeFile, "theme", named);
        }
        for (JsonNode module : config.path("module").path("imports")) {
            String path = text(module, "path");
            if (path != null && !module.path("disable").asBoolean(false)) {
                locate(path, moduleFile, "module.imports", named);
            }
        }
        for (Path theme : named) {
            if (found.add(theme)) {
                JsonNode own = themeConfig(theme);
                if (own != null) {
                    String file = root.relativize(theme).toString().replace('\\', '/') + "/config";
                    add(own, file, file, depth + 1);
                }
            }
        }
    }

    private void locate(String name, String file, String key, List<Path> named) {
        Path folder = folder(name);
        if (folder != null) {
            named.add(folder);
        } else {
            notices.add(new ConfigNotice(file, key, "theme " + name + " is not under " + root.relativize(themesDir)
                    .toString().replace('\\', '/') + "/ nor a local module replacement; its shortcode templates and "
                    + "data are not read"));
        }
    }

    /** Where a theme or module path is: a replacement, under themesDir, else the theme of an example site. */
    private Path folder(String name) {
        Path replaced = replacements.get(name);
        if (replaced != null && Files.isDirectory(replaced)) {
            return replaced;
        }
        Path underThemes = themesDir.resolve(name).normalize();
        if (Files.isDirectory(underThemes)) {
            return underThemes;
        }
        Path parent = root.getParent();
        if (parent != null && Files.isDirectory(parent.resolve("layouts"))
                && Files.isRegularFile(parent.resolve("theme.toml"))) {
            return parent.normalize();
        }
        return null;
    }

    /** {@code module.replacements} ({@code "a -> ../a, b -> /b"} or a list) and go.mod's local replacements. */
    private static Map<String, Path> replacements(Path root, JsonNode config) {
        Map<String, Path> result = new LinkedHashMap<>();
        JsonNode configured = config.path("module").path("replacements");
        List<String> entries = new ArrayList<>();
        if (configured.isArray()) {
            configured.forEach(entry -> entries.add(entry.asText("")));
        } else if (configured.isTextual()) {
            entries.addAll(List.of(configured.asText().split(",")));
        }
        for (String entry : entries) {
            String[] parts = entry.split("->");
            if (parts.length == 2 && !parts[0].isBlank() && !parts[1].isBlank()) {
                // Hugo resolves a relative replacement against themesDir
                String dir = text(config, "themesdir");
                result.putIfAbsent(parts[0].strip(), root.resolve(dir == null ? "themes" : dir)
                        .resolve(parts[1].strip()).normalize());
            }
        }
        Path goMod = root.resolve("go.mod");
        if (Files.isRegularFile(goMod)) {
            try {
                for (String line : Files.readAllLines(goMod)) {
                    Matcher matcher = REPLACE.matcher(line);
                    String target = matcher.find() ? matcher.group(2) : "";
                    if (target.startsWith(".") || target.startsWith("/")) {
                        result.putIfAbsent(matcher.group(1), root.resolve(target).normalize());
                    }
                }
            } catch (IOException | RuntimeException e) {
                // an unreadable go.mod replaces nothing; the theme is then looked for under themesDir
            }
        }
        return result;
    }

    /** A theme's own config (its {@code hugo.*}, {@code config.*} or {@code theme.toml}), or null. */
    private static JsonNode themeConfig(Path theme) {
        for (String name : CONFIG_FILES) {
            Path file = theme.resolve(name);
            if (Files.isRegularFile(file)) {
                try {
                    return SiteReader.lowerCaseKeys(SiteReader.parseFile(file));
                } catch (IOException | RuntimeException e) {
                    return null; // a theme config blogsearch cannot read names no further themes
                }
            }
        }
        return null;
    }

    private static List<String> themeNames(JsonNode theme) {
        List<String> names = new ArrayList<>();
        if (theme != null && theme.isArray()) {
            theme.forEach(name -> names.add(name.asText("").strip()));
        } else if (theme != null && theme.isTextual()) {
            for (String name : theme.asText().split(",")) {
                names.add(name.strip());
            }
        }
        names.removeIf(String::isEmpty);
        return names;
    }

    private static String text(JsonNode node, String key) {
        JsonNode value = node.get(key);
        return value != null && value.isValueNode() && !value.asText().isBlank() ? value.asText().strip() : null;
    }
}
