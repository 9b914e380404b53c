package io.blogsearch.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads the {@code synonyms:} key of a site's {@code blogsearch.yaml}. Two forms are accepted:
 * a map ({@code k8s: [kubernetes]}, {@code wasm: webassembly}) and a list of groups
 * ({@code - [k8s, kubernetes]} or {@code - "k8s, kubernetes"}).
 */
public final class SiteSynonyms {

    /** The site config file name, in the site root. */
    public static final String CONFIG_FILE = "blogsearch.yaml";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private SiteSynonyms() {
    }

    /** The built-in synonyms plus the site's; a missing file or key means built-in only. */
    public static Synonyms load(Path siteRoot) throws IOException {
        Path file = siteRoot.resolve(CONFIG_FILE);
        if (!Files.isRegularFile(file)) {
            return Synonyms.builtIn();
        }
        JsonNode root = YAML.readTree(file.toFile());
        return Synonyms.withGroups(groups(root == null ? null : root.get("synonyms")));
    }

    static List<List<String>> groups(JsonNode synonyms) {
        List<List<String>> groups = new ArrayList<>();
        if (synonyms == null || synonyms.isNull()) {
            return groups;
        }
        if (synonyms.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = synonyms.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                List<String> group = new ArrayList<>();
                group.add(entry.getKey());
                group.addAll(words(entry.getValue()));
                groups.add(group);
            }
        } else if (synonyms.isArray()) {
            synonyms.forEach(group -> groups.add(words(group)));
        }
        return groups;
    }

    private static List<String> words(JsonNode node) {
        List<String> words = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(word -> words.add(word.asText()));
        } else if (node.isValueNode()) {
            words.addAll(Arrays.asList(node.asText().split(",")));
        }
        return words;
    }
}
