package io.blogsearch.parse;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Resolves {@code ref}/{@code relref} targets to permalinks, as Hugo looks them up: by the page's logical path in
 * its language's content tree, whatever folder that tree is mounted from ({@code /docs/x} is
 * {@code content/en/docs/x.md} when English content lives in {@code content/en}), in any letter case, with or
 * without extension; a bundle by its folder, a section by its {@code _index}; a path without a leading slash first
 * relative to the referring page's folder, then from the content root, then as a file name unique in the language.
 * An {@code #anchor} is kept.
 */
public final class RefResolver {

    private static final List<String> EXTENSIONS = List.of(".md", ".markdown", ".html", ".htm");

    private final Function<String, ContentPath> locate;
    /** The pages of each language (the key null for pages without one), by lower-case logical path. */
    private final Map<String, Map<String, String>> urlsByLogicalPath = new HashMap<>();
    /** The pages of each language by lower-case file name (a bundle's: its folder), only names that are unique. */
    private final Map<String, Map<String, String>> urlsByName = new HashMap<>();
    private final Map<String, String> urlsByPath;

    /** A resolver over site-relative paths under {@code content/} and their permalinks, on a site of one tree. */
    public RefResolver(Map<String, String> urlsByPath) {
        this(urlsByPath, ContentPath::of);
    }

    /**
     * A resolver over site-relative content paths and their permalinks; {@code locate} tells where each sits in its
     * language's content tree (null: not built, left out).
     */
    public RefResolver(Map<String, String> urlsByPath, Function<String, ContentPath> locate) {
        this.urlsByPath = Map.copyOf(urlsByPath);
        this.locate = locate;
        Map<String, Set<String>> ambiguous = new HashMap<>();
        urlsByPath.forEach((path, url) -> {
            ContentPath located = locate.apply(path);
            if (located == null) {
                return;
            }
            urlsByLogicalPath.computeIfAbsent(located.lang(), lang -> new HashMap<>()).put(located.hugoPath(), url);
            String name = located.baseName().toLowerCase(Locale.ROOT);
            Map<String, String> names = urlsByName.computeIfAbsent(located.lang(), lang -> new HashMap<>());
            if (names.putIfAbsent(name, url) != null) {
                ambiguous.computeIfAbsent(located.lang(), lang -> new HashSet<>()).add(name);
            }
        });
        ambiguous.forEach((lang, names) -> names.forEach(urlsByName.get(lang)::remove));
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
            String self = urlsByPath.get(fromPath);
            return anchor.isEmpty() || self == null ? null : self + anchor;
        }
        ContentPath from = locate.apply(fromPath);
        String lang = from == null ? null : from.lang();
        Map<String, String> pages = urlsByLogicalPath.getOrDefault(lang, Map.of());
        String logical = logical(path);
        String found = null;
        if (!path.startsWith("/") && from != null) {
            found = pages.get(normalise(String.join("/", from.folders()) + "/" + logical));
        }
        if (found == null) {
            found = pages.get(normalise(logical));
        }
        if (found == null) {
            String file = logical.substring(logical.lastIndexOf('/') + 1);
            found = urlsByName.getOrDefault(lang, Map.of()).get(file);
        }
        return found == null ? null : found + anchor;
    }

    /** The target as a logical path: lower case, without extension, {@code index} or {@code _index}. */
    private static String logical(String target) {
        String path = target.toLowerCase(Locale.ROOT);
        path = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        for (String extension : EXTENSIONS) {
            if (path.endsWith(extension)) {
                path = path.substring(0, path.length() - extension.length());
                break;
            }
        }
        for (String list : new String[] {"/_index", "/index"}) {
            if (path.endsWith(list)) {
                path = path.substring(0, path.length() - list.length());
            }
        }
        return Objects.equals(path, "_index") || Objects.equals(path, "index") ? "" : path;
    }

    /** The path with {@code .} and {@code ..} resolved, as {@code /a/b}. */
    private static String normalise(String path) {
        Deque<String> parts = new ArrayDeque<>();
        for (String part : path.split("/")) {
            if (part.equals("..")) {
                parts.pollLast();
            } else if (!part.isEmpty() && !part.equals(".")) {
                parts.addLast(part);
            }
        }
        return "/" + String.join("/", parts);
    }
}
