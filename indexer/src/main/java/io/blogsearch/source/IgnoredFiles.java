package io.blogsearch.source;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Hugo's {@code ignoreFiles}: regular expressions a content file is left out by. Hugo matches them, unanchored,
 * against the file's absolute path and skips a whole folder whose absolute path matches, so {@code content/drafts}
 * leaves out everything below that folder while {@code ^content/} matches nothing.
 */
final class IgnoredFiles implements Predicate<Path> {

    private final Path root;
    private final List<Pattern> patterns;

    private IgnoredFiles(Path root, List<Pattern> patterns) {
        this.root = root;
        this.patterns = patterns;
    }

    /** The site's {@code ignoreFiles} (any letter case); an expression that does not compile becomes a notice. */
    static IgnoredFiles of(Path root, JsonNode config, String origin, List<ConfigNotice> notices) {
        JsonNode list = config.has("ignoreFiles") ? config.get("ignoreFiles") : config.path("ignorefiles");
        List<Pattern> patterns = new ArrayList<>();
        List<JsonNode> entries = new ArrayList<>();
        if (list.isArray()) {
            list.forEach(entries::add);
        } else if (list.isTextual()) {
            entries.add(list);
        }
        for (JsonNode entry : entries) {
            try {
                patterns.add(Pattern.compile(entry.asText()));
            } catch (PatternSyntaxException e) {
                notices.add(new ConfigNotice(origin, "ignoreFiles", "\"" + entry.asText()
                        + "\" is not a regular expression blogsearch reads; files it names are indexed"));
            }
        }
        return new IgnoredFiles(root, List.copyOf(patterns));
    }

    /** Whether Hugo leaves out this file (an absolute path inside the site root). */
    @Override
    public boolean test(Path file) {
        if (patterns.isEmpty()) {
            return false;
        }
        for (Path current = file; current != null && current.startsWith(root) && !current.equals(root);
                current = current.getParent()) {
            String absolute = current.toString().replace('\\', '/');
            if (patterns.stream().anyMatch(pattern -> pattern.matcher(absolute).find())) {
                return true;
            }
        }
        return false;
    }
}
