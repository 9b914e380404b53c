package io.blogsearch.server;

/**
 * The blog the search belongs to, shown on the search page as its title and a link home.
 *
 * @param title the blog's title, or null
 * @param url   the blog's home page (absolute or root-relative), or null
 */
public record SiteBranding(String title, String url) {

    /** No title and no link: the page shows its generic heading. */
    public static final SiteBranding NONE = new SiteBranding(null, null);

    public SiteBranding {
        title = blankToNull(title);
        url = blankToNull(url);
    }

    /** This branding with the other's values where this one has none. */
    public SiteBranding orElse(SiteBranding other) {
        return new SiteBranding(title != null ? title : other.title, url != null ? url : other.url);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
