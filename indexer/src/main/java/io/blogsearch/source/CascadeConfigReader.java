package io.blogsearch.source;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads the site config's {@code cascade} entries that stop pages from being rendered ({@code build: {render:
 * never}} with a {@code target.path} glob), so their pages are not indexed as results either.
 */
public final class CascadeConfigReader {

    private CascadeConfigReader() {
    }

    /** The path globs (as patterns over lower-case Hugo paths) whose pages Hugo does not render. */
    static List<Pattern> unrenderedPaths(JsonNode cascade, String file, List<ConfigNotice> notices) {
        List<Pattern> paths = new ArrayList<>();
        if (cascade == null || cascade.isNull()) {
            return paths;
        }
        List<JsonNode> entries = new ArrayList<>();
        if (cascade.isArray()) {
            cascade.forEach(entries::add);
        } else {
            entries.add(cascade);
        }
        for (JsonNode entry : entries) {
            JsonNode build = entry.has("build") ? entry.get("build") : entry.path("_build");
            if (build.isMissingNode() || !notRendered(build)) {
                continue;
            }
            JsonNode target = entry.has("target") ? entry.get("target") : entry.path("_target");
            String kind = target.path("kind").asText("").toLowerCase(Locale.ROOT);
            if (!kind.isEmpty() && !kind.equals("page") && !kind.equals("section")) {
                continue;
            }
            String glob = target.path("path").asText("");
            if (glob.isEmpty()) {
                notices.add(new ConfigNotice(file, "cascade.build", "a build option without target.path is not "
                        + "applied; the pages it concerns may be indexed"));
                continue;
            }
            paths.add(PermalinkRule.globPattern(glob.toLowerCase(Locale.ROOT)));
        }
        return paths;
    }

    /** Whether front matter {@code build} (or {@code _build}) keeps the page from having a page of its own. */
    public static boolean notRendered(JsonNode build) {
        JsonNode render = build.path("render");
        String value = render.asText("").toLowerCase(Locale.ROOT);
        return value.equals("never") || value.equals("link") || value.equals("false")
                || render.isBoolean() && !render.asBoolean();
    }
}
