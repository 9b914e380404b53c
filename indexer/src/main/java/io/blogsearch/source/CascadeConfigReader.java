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
        for (String glob : unrenderedTargets(cascade)) {
            if (glob.isEmpty()) {
                notices.add(new ConfigNotice(file, "cascade.build", "a build option without target.path is not "
                        + "applied; the pages it concerns may be indexed"));
                continue;
            }
            paths.add(PermalinkRule.globPattern(glob.toLowerCase(Locale.ROOT)));
        }
        return paths;
    }

    /**
     * The {@code target.path} globs (or {@code _target.path}) of the entries of a {@code cascade} (one or a list)
     * whose {@code build} keeps pages or sections from being rendered, as written; empty for an entry without one.
     */
    public static List<String> unrenderedTargets(JsonNode cascade) {
        List<String> targets = new ArrayList<>();
        if (cascade == null || cascade.isNull()) {
            return targets;
        }
        List<JsonNode> entries = new ArrayList<>();
        if (cascade.isArray()) {
            cascade.forEach(entries::add);
        } else {
            entries.add(cascade);
        }
        for (JsonNode entry : entries) {
            JsonNode build = entry.has("build") ? entry.get("build") : entry.path("_build");
            if (!notRendered(build)) {
                continue;
            }
            JsonNode target = entry.has("target") ? entry.get("target") : entry.path("_target");
            String kind = target.path("kind").asText("").toLowerCase(Locale.ROOT);
            if (kind.isEmpty() || kind.equals("page") || kind.equals("section")) {
                targets.add(target.path("path").asText(""));
            }
        }
        return targets;
    }

    /** Whether front matter {@code build} (or {@code _build}) keeps the page from having a page of its own. */
    public static boolean notRendered(JsonNode build) {
        JsonNode render = build.path("render");
        String value = render.asText("").toLowerCase(Locale.ROOT);
        return value.equals("never") || value.equals("link") || value.equals("false")
                || render.isBoolean() && !render.asBoolean();
    }
}
