package io.blogsearch.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Where a content file sits, as Hugo sees it: {@code content/post/2018/x.md} is in section {@code post}, file
 * {@code x}; {@code content/post/x/index.md} is a page bundle named {@code x}; {@code _index.md} is a section list.
 * On a multilingual site the position is the one inside the language's content tree ({@code content/ja/blog/x.md}
 * mounted at the content root is in section {@code blog}) and a language file suffix ({@code x.de.md}) is removed.
 *
 * @param relative    path relative to the site root, forward slashes
 * @param folders     folders between the content root and the file (for a bundle, including the bundle folder)
 * @param fileName    file name without extension and language suffix
 * @param bundle      true for a leaf bundle ({@code index.*})
 * @param sectionList true for {@code _index.*}
 * @param lang        the language its folder, mount or file suffix gives it, or null when they give none
 */
public record ContentPath(String relative, List<String> folders, String fileName, boolean bundle,
                          boolean sectionList, String lang) {

    /** Parses a site-relative path that starts with {@code content/}, on a site with one content tree. */
    public static ContentPath of(String relative) {
        String inContent = relative.startsWith("content/") ? relative.substring("content/".length()) : relative;
        return of(relative, inContent, null, null);
    }

    /**
     * A file at {@code logical} inside the content tree (e.g. {@code blog/2024/x.de.md}); {@code suffixLanguage}
     * is the language its file-name suffix names, removed from the name; {@code lang} the language it is in.
     */
    public static ContentPath of(String relative, String logical, String suffixLanguage, String lang) {
        String[] parts = logical.split("/");
        String file = parts[parts.length - 1];
        int dot = file.lastIndexOf('.');
        String name = dot < 0 ? file : file.substring(0, dot);
        // the suffix in any letter case, as Hugo matches it: post.zh-Hans.md is in language zh-hans
        int suffixStart = suffixLanguage == null ? -1 : name.length() - suffixLanguage.length() - 1;
        if (suffixStart > 0 && name.regionMatches(true, suffixStart, "." + suffixLanguage, 0,
                suffixLanguage.length() + 1)) {
            name = name.substring(0, suffixStart);
        }
        List<String> folders = List.copyOf(Arrays.asList(parts).subList(0, parts.length - 1));
        return new ContentPath(relative, folders, name, name.equals("index"), name.equals("_index"), lang);
    }

    /** The top-level section, or empty for a file at the content root. */
    public String section() {
        return folders.isEmpty() ? "" : folders.get(0);
    }

    /** The name Hugo's {@code :contentbasename} and {@code :filename} give: the bundle folder for bundles. */
    public String baseName() {
        if ((bundle || sectionList) && !folders.isEmpty()) {
            return folders.get(folders.size() - 1);
        }
        return fileName;
    }

    /** The sections of the page's current section, outermost first: a bundle's own folder is not one. */
    public List<String> sections() {
        return bundle && !folders.isEmpty() ? folders.subList(0, folders.size() - 1) : folders;
    }

    /** The folder path of the page itself in the URL: folders plus the file name, unless a bundle or list. */
    public List<String> urlPath() {
        if (bundle || sectionList) {
            return folders;
        }
        List<String> path = new ArrayList<>(folders);
        path.add(fileName);
        return path;
    }

    /** Hugo's logical path of the page, lower case, e.g. {@code /posts/2024/x}; what permalink targets match. */
    public String hugoPath() {
        return ("/" + String.join("/", urlPath())).toLowerCase(Locale.ROOT);
    }

    /** The key Hugo links translations by (without a {@code translationKey}): the path without language. */
    public String translationPath() {
        return String.join("/", urlPath());
    }
}
