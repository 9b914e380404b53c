package io.blogsearch.parse;

/**
 * The HTML a {@code figure} shortcode stands for, on one line so Markdown passes it through as raw HTML. Title and
 * caption are kept in data attributes as well, so the figure extractor need not guess them back from markup.
 */
final class FigureHtml {

    private FigureHtml() {
    }

    static String of(Shortcode tag) {
        String src = tag.argument("src", 0);
        String title = tag.argument("title", -1);
        String caption = tag.argument("caption", -1);
        String alt = tag.argument("alt", -1);
        StringBuilder html = new StringBuilder("<figure data-shortcode=\"figure\"");
        attribute(html, "data-title", title);
        attribute(html, "data-caption", caption);
        html.append("><img");
        attribute(html, "src", src);
        attribute(html, "alt", alt);
        html.append(">");
        if (title != null || caption != null) {
            html.append("<figcaption>");
            if (title != null) {
                html.append("<p>").append(escape(title)).append("</p>");
            }
            if (caption != null) {
                html.append("<p>").append(escape(caption)).append("</p>");
            }
            html.append("</figcaption>");
        }
        return html.append("</figure>").toString();
    }

    private static void attribute(StringBuilder html, String name, String value) {
        if (value != null) {
            html.append(' ').append(name).append("=\"").append(escape(value)).append('"');
        }
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
