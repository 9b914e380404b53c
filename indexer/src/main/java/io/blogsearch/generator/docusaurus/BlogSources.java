package io.blogsearch.generator.docusaurus;

import java.util.List;

/**
 * Which blog, and which locale, a file of the site is a post of: a file of a translation folder
 * ({@code i18n/fr/docusaurus-plugin-content-blog[-id]/}) is that blog's, in that locale; any other file belongs to
 * the blog whose folder holds it, the innermost one when one blog's folder is inside another's.
 */
final class BlogSources {

    /**
     * A post's place.
     *
     * @param blog     its blog
     * @param locale   its translation's locale, or null for the blog folder itself
     * @param relative its path inside its folder, which its slug and date are read from
     */
    record Source(BlogInstance blog, String locale, String relative) {
    }

    private final List<BlogInstance> blogs;
    private final List<String> translations;

    BlogSources(List<BlogInstance> blogs, List<String> translations) {
        this.blogs = blogs;
        this.translations = translations;
    }

    /** The file's place, or null when no blog holds it. */
    Source of(String path) {
        for (String locale : translations) {
            for (BlogInstance blog : blogs) {
                String folder = blog.translationFolder(locale);
                if (path.startsWith(folder + "/")) {
                    return new Source(blog, locale, path.substring(folder.length() + 1));
                }
            }
        }
        BlogInstance owner = null;
        for (BlogInstance blog : blogs) {
            boolean holds = blog.path().isEmpty() || path.startsWith(blog.path() + "/");
            if (holds && (owner == null || blog.path().length() > owner.path().length())) {
                owner = blog;
            }
        }
        if (owner == null) {
            return null;
        }
        return new Source(owner, null, owner.path().isEmpty() ? path : path.substring(owner.path().length() + 1));
    }
}
