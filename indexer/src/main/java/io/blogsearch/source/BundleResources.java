package io.blogsearch.source;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Hugo's leaf bundles: a folder holding an {@code index} file ({@code index.md}, {@code index.de.md},
 * {@code index.html}) is one page, and every other content file in it or below it is a resource of that page, which
 * Hugo does not render (a glossary bundle's term files are read by its layout, not published). Only the pages are
 * kept.
 */
final class BundleResources {

    private static final Pattern INDEX = Pattern.compile("index(\\.[A-Za-z0-9_-]+)?\\.[A-Za-z]+");

    private BundleResources() {
    }

    /**
     * The files (site-relative, forward slashes) that are pages: those not inside a leaf bundle other than as its
     * index file. A content root's own index file makes no bundle of the whole tree.
     */
    static List<String> pagesOnly(List<String> files, Set<String> contentRoots) {
        Set<String> bundles = new HashSet<>();
        for (String file : files) {
            String folder = parent(file);
            if (isIndex(file) && !contentRoots.contains(folder)) {
                bundles.add(folder);
            }
        }
        if (bundles.isEmpty()) {
            return files;
        }
        List<String> pages = new ArrayList<>(files.size());
        for (String file : files) {
            boolean resource = !isIndex(file) && bundles.contains(parent(file));
            for (String folder = parent(parent(file)); !resource && !folder.isEmpty(); folder = parent(folder)) {
                resource = bundles.contains(folder);
            }
            if (!resource) {
                pages.add(file);
            }
        }
        return List.copyOf(pages);
    }

    private static boolean isIndex(String file) {
        return INDEX.matcher(file.substring(file.lastIndexOf('/') + 1)).matches();
    }

    private static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }
}
