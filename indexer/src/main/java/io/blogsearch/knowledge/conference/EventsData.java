package io.blogsearch.knowledge.conference;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The site's events data file ({@code data/events.yaml}): a list under {@code events} whose entries have a
 * {@code name} and, for events with a report, a {@code blogPost} path linking the post.
 */
public final class EventsData {

    private final Map<String, String> nameByPostPath;
    /** Position of each linked path in the file: when several match a page, the first listed wins. */
    private final Map<String, Integer> orderByPostPath = new HashMap<>();

    private EventsData(Map<String, String> nameByPostPath) {
        this.nameByPostPath = nameByPostPath;
        nameByPostPath.keySet().forEach(path -> orderByPostPath.put(path, orderByPostPath.size()));
    }

    /** The data as read, for digests of what enrichment depended on. */
    public String describe() {
        return nameByPostPath.toString();
    }

    /** Reads the events tree; a missing or differently shaped file gives no events. */
    public static EventsData of(JsonNode events) {
        Map<String, String> byPath = new LinkedHashMap<>();
        JsonNode list = events == null ? null : events.path("events");
        if (list != null && list.isArray()) {
            for (JsonNode event : list) {
                String name = event.path("name").asText("").trim();
                String post = event.path("blogPost").asText("").trim();
                if (!name.isEmpty() && !post.isEmpty()) {
                    byPath.putIfAbsent(normalise(post), name);
                }
            }
        }
        return new EventsData(byPath);
    }

    /**
     * The event whose {@code blogPost} links the page at this permalink or one of its aliases. A permalink under a
     * base path ({@code https://host/blog/2019/x/}) matches a site-relative link ({@code /2019/x/}).
     */
    public Optional<String> linking(String url, List<String> aliases) {
        if (nameByPostPath.isEmpty()) {
            return Optional.empty(); // most sites have no events data: skip parsing every permalink as a URI
        }
        List<String> candidates = new ArrayList<>();
        if (url != null) {
            candidates.add(normalise(url));
        }
        aliases.forEach(alias -> candidates.add(normalise(alias)));
        for (String candidate : candidates) {
            // Linked paths start with '/', so one that ends the candidate starts at one of its slashes: look those
            // suffixes up instead of testing every event (thousands on a big archive) against every page.
            String first = null;
            int firstOrder = Integer.MAX_VALUE;
            for (int slash = candidate.indexOf('/'); slash >= 0 && slash < candidate.length() - 1;
                 slash = candidate.indexOf('/', slash + 1)) {
                Integer order = orderByPostPath.get(candidate.substring(slash));
                if (order != null && order < firstOrder) {
                    first = candidate.substring(slash);
                    firstOrder = order;
                }
            }
            if (first != null) {
                return Optional.of(nameByPostPath.get(first));
            }
        }
        return Optional.empty();
    }

    /** The path of a URL or path, lower case, with one leading and one trailing slash. */
    static String normalise(String urlOrPath) {
        String path = urlOrPath.trim();
        try {
            URI uri = URI.create(path.replace(" ", "%20"));
            if (uri.getRawPath() != null) {
                path = uri.getRawPath();
            }
        } catch (IllegalArgumentException e) {
            // Not a URI (stray characters in front matter): compare the text as written.
        }
        path = path.toLowerCase(Locale.ROOT);
        if (!path.startsWith("/")) {
            path = "/" + path;
        }
        return path.endsWith("/") ? path : path + "/";
    }
}
