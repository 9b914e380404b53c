package io.blogsearch.parse;

import java.util.List;
import java.util.Set;

/**
 * The HTML a theme's quote shortcode stands for ({@code {{< quote author="Ana Lima" >}}words{{< /quote >}}},
 * {@code blockquote}, {@code pullquote} and the like): a blockquote carrying the author and source in data
 * attributes, for the quote extractor. Raw HTML blocks around the inner content, which stays Markdown.
 */
final class QuoteHtml {

    private static final Set<String> NAMES = Set.of("quote", "blockquote", "pullquote", "quotation", "epigraph");
    private static final List<String> AUTHOR_KEYS = List.of("author", "by", "name", "person", "attribution", "cite");
    private static final List<String> SOURCE_KEYS = List.of("source", "link", "url", "href", "cite");

    private QuoteHtml() {
    }

    /** True when the shortcode is a quote shortcode naming an author. */
    static boolean isAttributedQuote(Shortcode tag) {
        return NAMES.contains(tag.name()) && author(tag) != null;
    }

    /** The opening raw HTML block. */
    static String opening(Shortcode tag) {
        StringBuilder html = new StringBuilder("\n\n<blockquote data-quote-author=\"")
                .append(FigureHtml.escape(author(tag))).append('"');
        String source = source(tag);
        if (source != null) {
            html.append(" data-quote-source=\"").append(FigureHtml.escape(source)).append('"');
        }
        return html.append(">\n\n").toString();
    }

    /** The closing raw HTML block. */
    static String closing() {
        return "\n\n</blockquote>\n\n";
    }

    private static String author(Shortcode tag) {
        for (String key : AUTHOR_KEYS) {
            String value = tag.named().get(key);
            if (value != null && !value.isBlank() && !isUrl(value)) {
                return value.strip();
            }
        }
        return null;
    }

    private static String source(Shortcode tag) {
        for (String key : SOURCE_KEYS) {
            String value = tag.named().get(key);
            if (value != null && isUrl(value.strip())) {
                return value.strip();
            }
        }
        return null;
    }

    private static boolean isUrl(String value) {
        return value.startsWith("http://") || value.startsWith("https://");
    }
}
