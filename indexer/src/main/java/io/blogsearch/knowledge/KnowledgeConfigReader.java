package io.blogsearch.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.blogsearch.knowledge.conference.ConferenceRules;
import io.blogsearch.knowledge.speaker.SpeakerRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads {@code speakers:}, {@code conferences:} and {@code knowledge:} from the site's {@code blogsearch.yaml}; every
 * other key (e.g. {@code synonyms:} for search) is left to its own reader.
 */
public final class KnowledgeConfigReader {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private KnowledgeConfigReader() {
    }

    /** The config of the site at {@code root}; no file gives no corrections. */
    public static KnowledgeConfig read(Path root) {
        Path file = root.resolve(KnowledgeConfig.FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return KnowledgeConfig.none();
        }
        try {
            JsonNode tree = YAML.readTree(file.toFile());
            return tree == null ? KnowledgeConfig.none() : parse(tree);
        } catch (IOException | IllegalArgumentException e) {
            throw new KnowledgeConfigException(file, e.getMessage(), e);
        }
    }

    /** The config from an already read tree. */
    public static KnowledgeConfig parse(JsonNode tree) {
        JsonNode speakers = tree.path("speakers");
        JsonNode conferences = tree.path("conferences");
        return new KnowledgeConfig(
                new SpeakerRules(stringMap(speakers.path("aliases")), groups(speakers.path("noMerge")),
                        strings(speakers.path("extra"))),
                new ConferenceRules(stringMap(conferences.path("aliases")), overrides(conferences.path("overrides"))),
                switches(tree.path("knowledge")));
    }

    /** {@code knowledge: false} turns everything off; {@code knowledge: {talks: false}} one kind. */
    private static KnowledgeSwitches switches(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return KnowledgeSwitches.all();
        }
        if (node.isBoolean()) {
            boolean on = node.asBoolean();
            return new KnowledgeSwitches(on, on, on);
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException(
                    "knowledge: expected true, false or a map of conferences, talks, quotes");
        }
        return new KnowledgeSwitches(flag(node, "conferences"), flag(node, "talks"), flag(node, "quotes"));
    }

    private static boolean flag(JsonNode node, String key) {
        JsonNode value = node.path(key);
        if (value.isMissingNode() || value.isNull()) {
            return true;
        }
        if (!value.isBoolean()) {
            throw new IllegalArgumentException("knowledge." + key + ": expected true or false, got " + value);
        }
        return value.asBoolean();
    }

    private static Map<String, String> stringMap(JsonNode node) {
        Map<String, String> map = new LinkedHashMap<>();
        node.fields().forEachRemaining(entry -> map.put(entry.getKey(), entry.getValue().asText()));
        return map;
    }

    private static List<String> strings(JsonNode node) {
        List<String> strings = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(item -> strings.add(item.asText()));
        } else if (node.isTextual()) {
            strings.add(node.asText());
        }
        return strings;
    }

    private static List<List<String>> groups(JsonNode node) {
        List<List<String>> groups = new ArrayList<>();
        node.forEach(group -> groups.add(strings(group)));
        return groups;
    }

    private static List<ConferenceRules.Override> overrides(JsonNode node) {
        List<ConferenceRules.Override> overrides = new ArrayList<>();
        for (JsonNode item : node) {
            String path = item.hasNonNull("path") ? item.get("path").asText() : null;
            Pattern title = null;
            if (item.hasNonNull("title")) {
                try {
                    title = Pattern.compile(item.get("title").asText());
                } catch (PatternSyntaxException e) {
                    throw new IllegalArgumentException("conferences.overrides: bad title pattern: " + e.getMessage(),
                            e);
                }
            }
            String conference = item.hasNonNull("conference") ? item.get("conference").asText() : "";
            overrides.add(new ConferenceRules.Override(path, title, conference));
        }
        return overrides;
    }
}
