package io.blogsearch.parse;

import java.util.Arrays;
import java.util.List;

/**
 * Where a content file sits, as Hugo sees it: {@code content/post/2018/x.md} is in section {@code post}, file
 * {@code x}; {@code content/post/x/index.md} is a page bundle named {@code x}; {@code _index.md} is a section list.
 *
 * @param relative    path relative to the site root, forward slashes
 * @param folders     folders between {@code content/} and the file (for a bundle, including the bundle folder)
 * @param fileName    file name without extension
 * @param bundle      true for a leaf bundle ({@code index.*})
 * @param sectionList true for {@code _index.*}
 */
public record ContentPath(String relative, List<String> folders, String fileName, boolean bundle,
                          boolean sectionList) {

    /** Parses a site-relative path that starts with {@code content/}. */
    public static ContentPath of(String relative) {
        String inContent = relative.startsWith("content/") ? relative.substring("content/".length()) : relative;
        String[] parts = inContent.split("/");
        String file = parts[parts.length - 1];
        int dot = file.lastIndexOf('.');
        String name = dot < 0 ? file : file.substring(0, dot);
        List<String> folders = List.copyOf(Arrays.asList(parts).subList(0, parts.length - 1));
        return new ContentPath(relative, folders, name, name.equals("index"), name.equals("_index"));
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

    /** The folder path of the page itself in the URL: folders plus the file name, unless a bundle or list. */
    public List<String> urlPath() {
        if (bundle || sectionList) {
            return folders;
        }
        List<String> path = new java.util.ArrayList<>(folders);
        path.add(fileName);
        return path;
    }
}
