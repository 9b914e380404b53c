package io.blogsearch.model;

/** What Hugo would make of a content file; only posts are reported as posts, the rest are still searchable. */
public enum PageKind {
    /** A regular page under a section, e.g. {@code content/post/2018/x.md} or a page bundle's {@code index.md}. */
    POST,
    /** A page at the content root or in a section that is not a blog section, e.g. {@code content/about.md}. */
    PAGE,
    /** A section list page, {@code _index.md}. */
    SECTION_LIST
}
