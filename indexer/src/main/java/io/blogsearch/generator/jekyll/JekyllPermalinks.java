package io.blogsearch.generator.jekyll;

import java.util.Set;

/**
 * Jekyll's permalink templates: the built-in styles ({@code date}, the default, {@code pretty}, {@code ordinal},
 * {@code weekdate}, {@code none}) or a pattern, for posts; and the template a page gets under that style.
 */
final class JekyllPermalinks {

    private JekyllPermalinks() {
    }

    /** The posts' template for the site's {@code permalink} setting (null: {@code date}). */
    static String postTemplate(String style) {
        return switch (style == null || style.isBlank() ? "date" : style.strip()) {
            case "date" -> "/:categories/:year/:month/:day/:title:output_ext";
            case "pretty" -> "/:categories/:year/:month/:day/:title/";
            case "ordinal" -> "/:categories/:year/:y_day/:title:output_ext";
            case "weekdate" -> "/:categories/:year/W:week/:short_day/:title:output_ext";
            case "none" -> "/:categories/:title:output_ext";
            default -> style.strip();
        };
    }

    /** A page's template: {@code /:path/} for an index page, else its path with the style's ending. */
    static String pageTemplate(String style, boolean index) {
        if (index) {
            return "/:path/";
        }
        return "/:path/:basename" + ending(style);
    }

    /**
     * How the site's style ends the URLs of pages and documents: a slash under {@code pretty} or a pattern ending in
     * one, else the output extension.
     */
    static String ending(String style) {
        boolean slash = "pretty".equals(style) || !isStyle(style) && postTemplate(style).endsWith("/");
        return slash ? "/" : ":output_ext";
    }

    private static boolean isStyle(String style) {
        return style == null || style.isBlank()
                || Set.of("date", "pretty", "ordinal", "weekdate", "none").contains(style.strip());
    }
}
