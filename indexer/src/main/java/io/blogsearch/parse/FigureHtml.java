package io.blogsearch.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/**
 * The HTML a {@code figure} shortcode stands for, on one line so Markdown passes it through as raw HTML. Title and
 * caption are kept in data attributes as well, so the figure extractor need not guess them back from markup. As in
 * Hugo's figure template, the caption (and {@code attr}, its credit) is Markdown: {@code Photo by [Ana](url)} shows
 * "Photo by Ana".
 */
final class FigureHtml {

    private static final Pattern PARAGRAPH = Pattern.compile("\\s*<p>(.*)</p>\\s*", Pattern.DOTALL);

    private FigureHtml() {
    }

    static String of(Shortcode tag) {
        String src = tag.argument("src", 0);
        String title = tag.argument("title", -1);
        String caption = join(tag.argument("caption", -1), tag.argument("attr", -1));
        String captionHtml = caption == null ? null : inlineMarkdown(caption);
        if (caption != null) {
            caption = Jsoup.parseBodyFragment(captionHtml).text();
        }
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
                html.append("<p>").append(captionHtml).append("</p>");
            }
            html.append("</figcaption>");
        }
        return html.append("</figure>").toString();
    }

    private static String join(String caption, String credit) {
        if (caption == null || credit == null) {
            return caption != null ? caption : credit;
        }
        return caption + " " + credit;
    }

    /** A one-paragraph Markdown text as HTML without its paragraph, on one line. */
    private static String inlineMarkdown(String text) {
        String html = MarkdownRenderer.render(text.replace('\n', ' '));
        Matcher paragraph = PARAGRAPH.matcher(html);
        return (paragraph.matches() ? paragraph.group(1) : html).replace('\n', ' ').strip();
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
