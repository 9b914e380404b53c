package io.blogsearch.generator.hexo;

/**
 * Where a file sits in a Hexo site's source folder: {@code source/_posts/...} is a post, {@code source/_drafts/...} a
 * draft post, anything else a page.
 *
 * @param inSource the path under the source folder ({@code _posts/2024/x.md}, {@code about/index.md})
 * @param post     under {@code _posts/} or {@code _drafts/}
 * @param draft    under {@code _drafts/}
 * @param inPosts  for a post, the path under {@code _posts/} or {@code _drafts/}; else the path under the source
 */
record HexoFile(String inSource, boolean post, boolean draft, String inPosts) {

    static final String POSTS = "_posts/";
    static final String DRAFTS = "_drafts/";

    /** The file at a site-relative path of a site whose source folder is {@code sourceDir}. */
    static HexoFile of(String path, String sourceDir) {
        String prefix = sourceDir.isEmpty() ? "" : sourceDir + "/";
        String inSource = path.startsWith(prefix) ? path.substring(prefix.length()) : path;
        if (inSource.startsWith(POSTS)) {
            return new HexoFile(inSource, true, false, inSource.substring(POSTS.length()));
        }
        if (inSource.startsWith(DRAFTS)) {
            return new HexoFile(inSource, true, true, inSource.substring(DRAFTS.length()));
        }
        return new HexoFile(inSource, false, false, inSource);
    }
}
