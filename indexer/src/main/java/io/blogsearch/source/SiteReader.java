package io.blogsearch.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Reads a Hugo site root: the config ({@code hugo.*}, else {@code config.*}, in YAML, TOML or JSON, merged with
 * {@code config/_default/*}), the data folder and the list of content files.
 */
public final class SiteReader {

    private static final List<String> CONFIG_NAMES = List.of("hugo", "config");
    private static final List<String> CONFIG_EXTENSIONS = List.of("toml", "yaml", "yml", "json");

    private SiteReader() {
    }

    /** Reads the site at {@code root}; throws {@link SiteException} when it is not a usable Hugo site. */
    public static Site read(Path root) throws SiteException {
        Path absolute = root.toAbsolutePath().normalize();
        if (!Files.isDirectory(absolute)) {
            throw new SiteException("site root " + absolute + " is not a directory");
        }
        ConfigOrigins origins = new ConfigOrigins();
        ObjectNode config = readConfig(absolute, origins);
        List<ConfigNotice> notices = new ArrayList<>();
        SiteLanguages languages = new LanguageConfigReader(config, origins, notices).read();
        List<PermalinkRule> permalinkRules = new PermalinkConfigReader(origins, notices).read(config.get("permalinks"));
        Path content = absolute.resolve("content");
        List<Path> roots = ContentFileLister.contentRoots(absolute, languages);
        if (roots.isEmpty()) {
            throw new SiteException("no content directory at " + content);
        }
        List<Path> themes = ThemeFolders.of(absolute, config, origins, notices);
        Map<String, JsonNode> data = readData(absolute.resolve("data"));
        // a theme's data files fill in what the site's do not have, as Hugo merges them
        themes.forEach(theme -> readData(theme.resolve("data")).forEach(data::putIfAbsent));
        return new Site(absolute,
                baseUrl(text(config, "baseURL", "baseurl")),
                text(config, "title"),
                stringMap(config.get("permalinks")),
                taxonomies(config.get("taxonomies")),
                author(config.path("params").get("author")),
                config.path("disablePathToLower").asBoolean(config.path("disablepathtolower").asBoolean(false)),
                config,
                data,
                ContentFileLister.contentFiles(absolute, roots,
                        IgnoredFiles.of(absolute, config, origins.of("ignorefiles"), notices), notices),
                languages,
                List.copyOf(permalinkRules),
                indexedSections(absolute, notices),
                List.copyOf(CascadeConfigReader.unrenderedPaths(config.get("cascade"), origins.of("cascade"),
                        notices)),
                List.copyOf(notices),
                themes);
    }

    /** {@code index: {sections: [...]}} of the site's {@code blogsearch.yaml}; empty when absent or unreadable. */
    private static Set<String> indexedSections(Path root, List<ConfigNotice> notices) {
        Path file = root.resolve("blogsearch.yaml");
        if (!Files.isRegularFile(file)) {
            return Set.of();
        }
        try {
            JsonNode sections = parseFile(file).path("index").path("sections");
            Set<String> result = new TreeSet<>();
            if (sections.isTextual()) {
                result.add(sections.asText().strip());
            } else if (sections.isArray()) {
                sections.forEach(section -> result.add(section.asText().strip()));
            } else if (!sections.isMissingNode()) {
                notices.add(new ConfigNotice("blogsearch.yaml", "index.sections", "not a list of section names; "
                        + "every section is indexed"));
            }
            result.remove("");
            return Set.copyOf(result);
        } catch (IOException e) {
            return Set.of(); // the knowledge reader reports an unreadable blogsearch.yaml with its line
        }
    }

    /** Parses one config or data file by its extension. */
    public static JsonNode parseFile(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        ObjectMapper mapper = name.endsWith(".toml") ? TomlMapper.builder().build()
                : name.endsWith(".json") ? new ObjectMapper() : YAMLMapper.builder().build();
        JsonNode node = mapper.readTree(file.toFile());
        return node == null ? JsonNodeFactory.instance.objectNode() : node;
    }

    private static ObjectNode readConfig(Path root, ConfigOrigins origins) throws SiteException {
        ObjectNode merged = JsonNodeFactory.instance.objectNode();
        Path defaults = root.resolve("config/_default");
        if (Files.isDirectory(defaults)) {
            try (Stream<Path> files = Files.list(defaults)) {
                for (Path file : files.filter(SiteReader::isConfigFile).sorted().toList()) {
                    String base = baseName(file);
                    JsonNode tree = parseConfig(file);
                    // config/_default/params.yaml holds the params key; hugo.yaml/config.yaml hold the root
                    String relative = root.relativize(file).toString().replace('\\', '/');
                    if (CONFIG_NAMES.contains(base)) {
                        merge(merged, tree);
                        tree.fieldNames().forEachRemaining(key ->
                                origins.record(key.toLowerCase(Locale.ROOT), relative));
                    } else {
                        ObjectNode wrapper = JsonNodeFactory.instance.objectNode();
                        String key = configDirKey(base, tree, wrapper);
                        merge(merged, wrapper);
                        origins.record(key, relative);
                    }
                }
            } catch (IOException e) {
                throw new SiteException("cannot list " + defaults + ": " + e.getMessage());
            }
        }
        for (String name : CONFIG_NAMES) {
            for (String extension : CONFIG_EXTENSIONS) {
                Path file = root.resolve(name + "." + extension);
                if (Files.isRegularFile(file)) {
                    JsonNode tree = parseConfig(file);
                    merge(merged, tree);
                    tree.fieldNames().forEachRemaining(key -> origins.record(key.toLowerCase(Locale.ROOT),
                            file.getFileName().toString()));
                    return merged;
                }
            }
        }
        return merged;
    }

    /** A site config file parsed as {@link #parseFile}; an unreadable one is a {@link SiteException} naming it. */
    public static JsonNode parseConfig(Path file) throws SiteException {
        try {
            return parseFile(file);
        } catch (IOException e) {
            throw new SiteException("cannot read site config " + file + ": " + e.getMessage());
        }
    }

    /** A config tree with every key in lower case, as {@link #read} keeps the site's. */
    static ObjectNode lowerCaseKeys(JsonNode tree) {
        ObjectNode lowered = JsonNodeFactory.instance.objectNode();
        merge(lowered, tree);
        return lowered;
    }

    /**
     * Merges {@code source} into {@code target} with every key in lower case: Hugo's config keys are case-insensitive
     * ({@code BaseURL}, {@code baseurl} and {@code baseURL} are one key, and so are section names in
     * {@code permalinks}), so readers look keys up in lower case.
     */
    private static void merge(ObjectNode target, JsonNode source) {
        if (!(source instanceof ObjectNode object)) {
            return;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = field.getKey().toLowerCase(Locale.ROOT);
            JsonNode existing = target.get(key);
            if (existing instanceof ObjectNode existingObject && field.getValue() instanceof ObjectNode) {
                merge(existingObject, field.getValue());
            } else if (field.getValue() instanceof ObjectNode value) {
                ObjectNode lowered = JsonNodeFactory.instance.objectNode();
                merge(lowered, value);
                target.set(key, lowered);
            } else {
                target.set(key, lowerKeysInList(field.getValue()));
            }
        }
    }

    /** A list's objects with their keys in lower case ({@code module.mounts}, {@code cascade}); other values as is. */
    private static JsonNode lowerKeysInList(JsonNode value) {
        if (!value.isArray()) {
            return value;
        }
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        value.forEach(item -> {
            if (item instanceof ObjectNode object) {
                ObjectNode lowered = JsonNodeFactory.instance.objectNode();
                merge(lowered, object);
                list.add(lowered);
            } else {
                list.add(lowerKeysInList(item));
            }
        });
        return list;
    }

    private static Map<String, JsonNode> readData(Path dataDir) {
        Map<String, JsonNode> data = new TreeMap<>();
        if (!Files.isDirectory(dataDir)) {
            return data;
        }
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path file : files.filter(Files::isRegularFile).filter(SiteReader::isConfigFile).sorted().toList()) {
                String relative = dataDir.relativize(file).toString().replace('\\', '/');
                String key = relative.substring(0, relative.lastIndexOf('.'));
                try {
                    data.put(key, parseFile(file));
                } catch (IOException e) {
                    // a broken data file must not make the whole site unusable; consumers see it missing
                    System.err.println("warning: skipped data file " + relative + ": " + e.getMessage());
                }
            }
        } catch (IOException e) {
            System.err.println("warning: cannot list data folder " + dataDir + ": " + e.getMessage());
        }
        return data;
    }

    private static boolean isConfigFile(Path file) {
        return CONFIG_EXTENSIONS.contains(extension(file));
    }

    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * Puts a file of the config folder where Hugo puts it: {@code params.yaml} under {@code params}; a file named for
     * a language ({@code menus.en.toml}, {@code params.de.toml}, {@code languages.ja.toml}) under
     * {@code languages.LANG}, as its {@code menus} or {@code params} or as the language's own settings. Returns the
     * top-level key it fills.
     */
    private static String configDirKey(String base, JsonNode tree, ObjectNode wrapper) {
        int dot = base.lastIndexOf('.');
        if (dot <= 0 || dot == base.length() - 1) {
            wrapper.set(base, tree); // lower-cased with the rest by merge
            return base.toLowerCase(Locale.ROOT);
        }
        String name = base.substring(0, dot).toLowerCase(Locale.ROOT);
        ObjectNode language = wrapper.putObject("languages").putObject(base.substring(dot + 1));
        switch (name) {
            case "menu", "menus" -> language.set("menus", tree);
            case "params" -> language.set("params", tree);
            default -> {
                if (tree instanceof ObjectNode settings) {
                    language.setAll(settings);
                }
            }
        }
        return "languages";
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    private static String text(JsonNode config, String... keys) {
        for (String key : keys) {
            JsonNode value = config.get(key);
            if (value != null && value.isValueNode() && !value.asText().isBlank()) {
                return value.asText().trim();
            }
        }
        return null;
    }

    private static String baseUrl(String configured) {
        if (configured == null) {
            return "/";
        }
        return configured.endsWith("/") ? configured : configured + "/";
    }

    private static Map<String, String> stringMap(JsonNode node) {
        Map<String, String> map = new LinkedHashMap<>();
        if (node != null && node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (e.getValue().isValueNode()) {
                    map.put(e.getKey(), e.getValue().asText());
                }
            });
        }
        return Map.copyOf(map);
    }

    private static Map<String, String> taxonomies(JsonNode node) {
        Map<String, String> declared = new LinkedHashMap<>(stringMap(node));
        if (declared.isEmpty()) {
            // Hugo's defaults when the config declares no taxonomies
            declared.put("tag", "tags");
            declared.put("category", "categories");
        }
        return Map.copyOf(declared);
    }

    private static String author(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isObject()) {
            return node.hasNonNull("name") ? node.get("name").asText() : null;
        }
        return node.isValueNode() && !node.asText().isBlank() ? node.asText().trim() : null;
    }
}
