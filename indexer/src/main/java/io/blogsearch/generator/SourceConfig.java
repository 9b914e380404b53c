package io.blogsearch.generator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.blogsearch.source.SiteException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The {@code source:} key of {@code blogsearch.yaml} (the file given by {@code --config}, else the one in the site
 * root): which generator, the site's URL and, for a Markdown folder, where the posts are and how they are read.
 *
 * @param file   the file read, or null when there is none
 * @param source the {@code source:} tree (an empty object when absent)
 */
public record SourceConfig(Path file, JsonNode source) {

    /** The file name looked for in the site root. */
    public static final String FILE_NAME = "blogsearch.yaml";

    /** Reads {@code configFile} when given (it must exist), else the root's {@code blogsearch.yaml} if any. */
    public static SourceConfig read(Path root, Path configFile) throws SiteException {
        Path file = configFile != null ? configFile.toAbsolutePath() : root.resolve(FILE_NAME);
        if (configFile == null && !Files.isRegularFile(file)) {
            return new SourceConfig(null, JsonNodeFactory.instance.objectNode());
        }
        if (!Files.isRegularFile(file)) {
            throw new SiteException("config file " + file + " does not exist");
        }
        try {
            JsonNode tree = YAMLMapper.builder().build().readTree(file.toFile());
            JsonNode source = tree == null ? null : tree.get("source");
            if (source != null && !source.isObject() && !source.isNull()) {
                throw new SiteException(file + ": source: must be a map of keys (generator, baseUrl, posts, ...)");
            }
            return new SourceConfig(file, source == null || source.isNull()
                    ? JsonNodeFactory.instance.objectNode() : source);
        } catch (IOException e) {
            if (configFile == null) {
                // the root's file also holds the knowledge corrections, whose reader warns about it and goes on
                return new SourceConfig(null, JsonNodeFactory.instance.objectNode());
            }
            throw new SiteException("cannot read " + file + ": " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    /** {@code source.generator}, lower case, or null. */
    public String generator() {
        String name = Generators.text(source, "generator");
        return name == null ? null : name.toLowerCase(Locale.ROOT);
    }

    /** {@code source.baseUrl}, or null. */
    public String baseUrl() {
        return Generators.text(source, "baseUrl");
    }
}
