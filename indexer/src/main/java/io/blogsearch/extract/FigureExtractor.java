package io.blogsearch.extract;

import io.blogsearch.model.Figure;
import java.net.URI;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * Figures from the rendered HTML: {@code figure} shortcodes (already turned into {@code <figure data-shortcode>}),
 * HTML {@code <figure>} elements and lone images (Markdown {@code ![alt](src "title")} or HTML {@code <img>}).
 * Image URLs are resolved against the page's permalink, where Hugo publishes a bundle's resources and where a
 * relative link in the page points. An image with no title, caption or alternative text is no figure: its hit would
 * show a reader nothing but a link (a logo, a spacer, a screenshot its author left untitled).
 */
public final class FigureExtractor {

    private FigureExtractor() {
    }

    /** The figure of a {@code <figure>} element, or empty when it has no text. */
    public static Optional<Figure> fromFigure(Element figure, String pageUrl, String baseUrl, String sectionAnchor) {
        Element img = figure.selectFirst("img");
        String src = img == null ? null : img.attr("src");
        String alt = img == null ? null : img.attr("alt");
        String title;
        String caption;
        if (figure.hasAttr("data-shortcode")) {
            title = figure.attr("data-title");
            caption = figure.attr("data-caption");
        } else {
            Element figcaption = figure.selectFirst("figcaption");
            Element heading = figcaption == null ? null : figcaption.selectFirst("h1, h2, h3, h4, h5, h6");
            title = heading != null ? heading.text() : img == null ? null : img.attr("title");
            String captionText = figcaption == null ? null : figcaption.text();
            if (heading != null && captionText != null) {
                captionText = captionText.substring(Math.min(captionText.length(), heading.text().length())).strip();
            }
            caption = captionText;
        }
        if (blank(title) && blank(caption) && blank(alt)) {
            return Optional.empty();
        }
        return Optional.of(new Figure(orNull(title), orNull(caption), orNull(alt),
                resolve(src, pageUrl, baseUrl), sectionAnchor));
    }

    /** The figure of a lone {@code <img>}, or empty when it has no source or no text. */
    public static Optional<Figure> fromImage(Element img, String pageUrl, String baseUrl, String sectionAnchor) {
        String src = img.attr("src");
        if (blank(src) || (blank(img.attr("title")) && blank(img.attr("alt")))) {
            return Optional.empty();
        }
        return Optional.of(new Figure(orNull(img.attr("title")), null, orNull(img.attr("alt")),
                resolve(src, pageUrl, baseUrl), sectionAnchor));
    }

    /** An image source made absolute: absolute URLs stay, {@code /x} hangs off the base URL, the rest off the page. */
    public static String resolve(String src, String pageUrl, String baseUrl) {
        if (blank(src)) {
            return null;
        }
        String trimmed = src.strip();
        try {
            if (URI.create(trimmed.replace(" ", "%20")).isAbsolute() || trimmed.startsWith("//")) {
                return trimmed;
            }
            if (trimmed.startsWith("/")) {
                // canonifyURLs-style: the site may live under a path of its baseURL
                return join(baseUrl, trimmed.substring(1));
            }
            return URI.create(pageUrl).resolve(trimmed.replace(" ", "%20")).toString();
        } catch (IllegalArgumentException e) {
            return join(pageUrl, trimmed);
        }
    }

    private static String join(String base, String path) {
        return (base.endsWith("/") ? base : base + "/") + path;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String orNull(String value) {
        return blank(value) ? null : value.strip();
    }
}
