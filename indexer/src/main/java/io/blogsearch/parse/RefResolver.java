package io.blogsearch.parse;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Resolves {@code ref}/{@code relref} targets to permalinks, as Hugo looks them up: a path from the content root
 * ({@code /post/x.md}), relative to the referring page, with or without extension, a bundle folder, or a unique
 * file name; an {@code #anchor} is kept.
 */
public final class RefResolver {

    private final Map<String, String> urlsByPath;
    private final Map<String, String> urlsByName = new HashMap<>();

    /** A resolver over site-relative content paths ({@code content/post/x.md}) and their permalinks. */
    public RefResolver(Map<String, String> urlsByPath) {
        this.urlsByPath = Map.copyOf(urlsByPath);
        Map<String, Integer> nameCounts = new HashMap<>();
        urlsByPath.forEach((path, url) -> {
            String name = ContentPath.of(path).baseName();
            nameCounts.merge(name, 1, Integer::sum);
            urlsByName.put(name, url);
        });
        nameCounts.forEach((name, count) -> {
            if (count > 1) {
                urlsByName.remove(name);
            }
        });
    }

    /** The permalink a target names from the page at {@code fromPath}, or null when no page matches. */
    public String resolve(String target, String fromPath) {
        String anchor = "";
        String path = target.strip();
        int hash = path.indexOf('#');
        if (hash >= 0) {
            anchor = path.substring(hash);
            path = path.substring(0, hash);
        }
        if (path.isEmpty()) {
            return anchor.isEmpty() ? null : urlsByPath.get(fromPath) + anchor;
        }
        String found = path.startsWith("/") ? lookup("content" + path) : null;
        if (found == null && !path.startsWith("/")) {
            String folder = fromPath.substring(0, Math.max(0, fromPath.lastIndexOf('/')));
            found = lookup(normalise(folder + "/" + path));
            if (found == null) {
                found = lookup("content/" + path);
            }
        }
        if (found == null) {
            String file = path.substring(path.lastIndexOf('/') + 1);
            int dot = file.lastIndexOf('.');
            found = urlsByName.get(dot > 0 ? file.substring(0, dot) : file);
        }
        return found == null ? null : found + anchor;
    }

    private String lookup(String candidate) {
        String base = candidate.endsWith("/") ? candidate.substring(0, candidate.length() - 1) : candidate;
        for (String option : new String[] {base, base + ".md", base + "/index.md", base + "/_index.md",
                base + ".markdown", base + ".html"}) {
            String url = urlsByPath.get(option);
            if (url != null) {
                return url;
            }
        }
        return null;
    }

    private static String normalise(String path) {
        Deque<String> parts = new ArrayDeque<>();
        for (String part : path.split("/")) {
            if (part.equals("..")) {
                parts.pollLast();
            } else if (!part.isEmpty() && !part.equals(".")) {
                parts.addLast(part);
            }
        }
        return String.join("/", parts);
    }
}
